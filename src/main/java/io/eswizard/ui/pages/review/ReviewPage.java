package io.eswizard.ui.pages.review;

import atlantafx.base.theme.Styles;
import io.eswizard.generate.GeneratedFiles;
import io.eswizard.generate.MachinePlan;
import io.eswizard.ui.components.ScrollHandOff;
import java.util.stream.Collectors;
import io.eswizard.ui.WizardContext;
import io.eswizard.ui.components.Icons;
import io.eswizard.ui.components.TopologyView;
import org.kordamp.ikonli.feather.Feather;
import io.eswizard.ui.pages.WizardPage;
import io.eswizard.validation.Problem;
import java.util.List;
import java.util.Map;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TitledPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

/**
 * Everything at a glance — the problems (each a link to its field), a picture of the cluster,
 * every setting, and the files the playbook will get; then save or export. Draws its
 * {@link ReviewViewModel}.
 */
public final class ReviewPage extends WizardPage {

    private final ReviewViewModel model;
    private final PauseTransition regenerate = new PauseTransition(Duration.millis(300));

    private VBox problemList;
    private TopologyView topology;
    private VBox settings;
    private VBox plan;
    private TabPane files;
    private Button save;
    private Button export;
    private Button exportZip;
    private Button removeCluster;

    public ReviewPage(WizardContext context) {
        this.model = new ReviewViewModel(context.state(), context.actions(), context.background(),
                Platform::runLater);
    }

    public ReviewViewModel model() {
        return model;
    }

    @Override
    protected Node build() {
        initializeParts();
        VBox root = layoutParts();
        bindFieldsToModel();
        return root;
    }

    private void initializeParts() {
        problemList = new VBox();
        problemList.setId("review-problems");
        problemList.getStyleClass().add("esw-problem-list");
        topology = new TopologyView();
        topology.setFitToWidth(true);
        settings = new VBox();
        settings.setId("review-settings");
        settings.getStyleClass().add("esw-settings");
        plan = new VBox();
        plan.setId("review-plan");
        plan.getStyleClass().add("esw-settings");
        files = new TabPane();
        files.setId("review-files");
        files.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        files.setPrefHeight(320);
        save = Icons.on(new Button("Save project"), Feather.SAVE);
        save.setId("review-save");
        save.setTooltip(new Tooltip("Saves the settings (never the passwords) to the project file."));
        export = Icons.on(new Button("Export bundle to folder…"), Feather.FOLDER);
        export.setId("review-export");
        export.setTooltip(new Tooltip("Writes the playbook with these settings to a folder, "
                + "to run with ansible-playbook on another machine. Passwords are not included."));
        exportZip = Icons.on(new Button("Export bundle as zip…"), Feather.ARCHIVE);
        exportZip.setId("review-export-zip");
        exportZip.setTooltip(new Tooltip("The same bundle as one zip file, easy to copy to another machine."));
        removeCluster = Icons.on(new Button("Remove this cluster…"), Feather.TRASH_2);
        removeCluster.setId("review-remove-cluster");
        removeCluster.setTooltip(new Tooltip("Stops the servers and removes the cluster's services, sites, host "
                + "mappings and database grants from its machines; asks first."));
        // only a project whose runs changed its machines has a cluster to remove
        removeCluster.setVisible(false);
        removeCluster.managedProperty().bind(removeCluster.visibleProperty());
    }

    private VBox layoutParts() {
        Label title = new Label("Review");
        title.getStyleClass().add("esw-page-title");
        Label intro = new Label("Check everything before running. Click a problem to jump to its field.");
        intro.getStyleClass().add("esw-page-intro");
        List.of(save, export, exportZip, removeCluster).forEach(b -> b.getStyleClass().add(ACTION));
        removeCluster.getStyleClass().addAll(Styles.BUTTON_OUTLINED, Styles.DANGER);
        HBox buttons = new HBox(save, export, exportZip, removeCluster);
        buttons.getStyleClass().add("esw-inline");
        // the page's actions first: visible without scrolling
        VBox root = new VBox(title, intro, buttons, heading("Problems"), problemList, heading("Your cluster"), topology,
                heading("What a run will do"), plan, heading("Settings"), settings, heading("Files for Ansible"), files);
        root.getStyleClass().add("esw-page");
        return root;
    }

    private static Label heading(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("esw-section-title");
        return l;
    }

    private void bindFieldsToModel() {
        save.setOnAction(e -> model.save());
        export.setOnAction(e -> model.export(false));
        exportZip.setOnAction(e -> model.export(true));
        removeCluster.setOnAction(e -> new RemoveClusterDialog(removeCluster.getScene().getWindow(),
                model.project().name()).ask().ifPresent(c -> model.removeCluster(c.typedName(), c.dropDatabases(),
                c.removePackages())));
        regenerate.setOnFinished(e -> refresh());
        model.problems().addListener((ListChangeListener<Problem>) c -> showProblemList());
        model.settingsProperty().addListener((o, old, groups) -> showSettings(groups));
        model.planProperty().addListener((o, old, machines) -> showPlan(machines));
        removeCluster.visibleProperty().bind(model.hasRunProperty());
        model.filesProperty().addListener((o, old, generated) -> {
            if (generated != null) {
                showFiles(generated);
            }
        });
        model.filesErrorProperty().addListener((o, old, error) -> showFilesError(error));
        // after a pause, so that typing does not regenerate the files on every key
        model.projectProperty().addListener((o, old, p) -> regenerate.playFromStart());
        refresh();
        showProblemList();
    }

    @Override
    public void onShow() {
        refresh();
    }

    private void refresh() {
        topology.show(model.project());
        model.refresh();
    }

    private void showProblemList() {
        List<Problem> problems = model.problems();
        if (problems.isEmpty()) {
            Label ok = new Label(ReviewViewModel.NO_PROBLEMS);
            ok.getStyleClass().add("esw-ok");
            problemList.getChildren().setAll(ok);
            return;
        }
        problemList.getChildren().clear();
        for (Problem p : problems) {
            Hyperlink link = new Hyperlink(ReviewViewModel.linkText(p));
            link.getStyleClass().add(p.isError() ? "esw-error" : "esw-warning");
            link.setWrapText(true);
            link.setOnAction(e -> model.goTo(p));
            problemList.getChildren().add(link);
        }
    }

    private void showSettings(Map<String, List<String>> groups) {
        settings.getChildren().clear();
        for (Map.Entry<String, List<String>> g : groups.entrySet()) {
            Label body = new Label(String.join("\n", g.getValue()));
            body.setWrapText(true);
            body.setMaxWidth(Double.MAX_VALUE);
            TitledPane pane = new TitledPane(g.getKey(), body);
            pane.setCollapsible(false);
            settings.getChildren().add(pane);
        }
    }

    private void showPlan(List<MachinePlan.Machine> machines) {
        plan.getChildren().clear();
        for (MachinePlan.Machine m : machines) {
            Label body = new Label(m.actions().stream().map(a -> "• " + a).collect(Collectors.joining("\n")));
            body.setWrapText(true);
            body.setMaxWidth(Double.MAX_VALUE);
            TitledPane pane = new TitledPane(m.address() + ": " + String.join(", ", m.roles()), body);
            pane.setCollapsible(false);
            plan.getChildren().add(pane);
        }
    }

    private void showFiles(GeneratedFiles generated) {
        String selected = files.getSelectionModel().getSelectedItem() == null ? null
                : files.getSelectionModel().getSelectedItem().getText();
        files.getTabs().clear();
        generated.files().forEach((path, text) -> {
            TextArea area = new TextArea(text);
            area.setEditable(false);
            area.getStyleClass().add("esw-code");
            ScrollHandOff.toParent(area, files);
            Tab tab = new Tab(path, area);
            tab.setTooltip(new Tooltip(path));
            files.getTabs().add(tab);
            if (path.equals(selected)) {
                files.getSelectionModel().select(tab);
            }
        });
    }

    private void showFilesError(String error) {
        if (error.isEmpty()) {
            return;
        }
        TextArea area = new TextArea(error);
        area.setEditable(false);
        files.getTabs().setAll(new Tab("Not available", area));
    }
}
