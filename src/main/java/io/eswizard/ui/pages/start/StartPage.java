package io.eswizard.ui.pages.start;

import io.eswizard.model.field.Field;
import io.eswizard.model.field.Page;
import io.eswizard.ui.ProjectActions;
import io.eswizard.ui.WizardContext;
import io.eswizard.ui.components.FormField;
import io.eswizard.ui.components.FormLayout;
import io.eswizard.ui.pages.FormPage;
import io.eswizard.ui.pages.PageViewModel;
import java.nio.file.Path;
import javafx.collections.FXCollections;
import io.eswizard.ui.components.Icons;
import javafx.scene.control.Button;
import org.kordamp.ikonli.feather.Feather;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** Start a new project, open one, pick a recent one or try the local sandbox. */
public final class StartPage extends FormPage {

    private final PageViewModel model;
    private final ProjectActions actions;

    private FormField name;
    private Button newProject;
    private Button openProject;
    private Button sandbox;
    private ListView<Path> recent;

    public StartPage(WizardContext context) {
        super("Start", "Set up a clustered WSO2 Enterprise Store 2.1.0: two or more publisher nodes, two or more "
                + "store nodes, MySQL, single sign-on through WSO2 Identity Server and an NGINX load balancer. "
                + "Start a new project, open a saved one, or try everything on this machine first.");
        this.model = new PageViewModel(context.state(), Page.START);
        this.actions = context.actions();
    }

    @Override
    protected void initializeParts() {
        name = text(model, Field.NAME);
        newProject = button("new-project", "New project",
                "A new project with 2 publisher and 2 store nodes; you fill in the addresses.");
        openProject = button("open-project", "Open…", "Open a project file you saved before.");
        Icons.on(newProject, Feather.PLUS_SQUARE);
        Icons.on(openProject, Feather.FOLDER);
        sandbox = button("try-sandbox", "Try it on this machine",
                "Every server on this computer, on loopback addresses: a safe way to see the whole setup.");
        Icons.on(sandbox, Feather.MONITOR);
        recent = new ListView<>();
        recent.setId("recent-projects");
        recent.setPrefHeight(160);
        recent.setPlaceholder(new Label("No recent projects yet."));
        recent.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(Path item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.getFileName() + "   —   " + item.getParent());
            }
        });
    }

    private static Button button(String id, String text, String help) {
        Button b = new Button(text);
        b.setId(id);
        b.setTooltip(new Tooltip(help));
        b.getStyleClass().addAll("esw-start-button", ACTION);
        return b;
    }

    private static VBox withHelp(Button button, String help) {
        Label line = new Label(help);
        line.getStyleClass().add("esw-field-help");
        line.setWrapText(true);
        button.setMaxWidth(Double.MAX_VALUE);
        // the whole label shows; the help lines wrap instead
        button.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        VBox box = new VBox(button, line);
        box.getStyleClass().add("esw-start-choice");
        box.setMaxWidth(Double.MAX_VALUE);
        javafx.scene.layout.HBox.setHgrow(box, javafx.scene.layout.Priority.ALWAYS);
        return box;
    }

    @Override
    protected void layoutParts() {
        HBox choices = new HBox(
                withHelp(newProject, newProject.getTooltip().getText()),
                withHelp(openProject, openProject.getTooltip().getText()),
                withHelp(sandbox, sandbox.getTooltip().getText()));
        choices.getStyleClass().add("esw-start-choices");
        Label recentTitle = new Label("Recent projects");
        recentTitle.getStyleClass().add("esw-section-title");
        FormLayout form = new FormLayout().section("This project").field(name);
        root.getChildren().addAll(choices, recentTitle, recent, form.grid());
    }

    @Override
    protected void bindFieldsToModel() {
        newProject.setOnAction(e -> actions.newProject());
        openProject.setOnAction(e -> actions.open());
        sandbox.setOnAction(e -> actions.newLocalSandbox());
        recent.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
                openSelected();
            }
        });
        recent.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && recent.getSelectionModel().getSelectedItem() != null) {
                openSelected();
                e.consume();
            }
        });
    }

    private void openSelected() {
        Path selected = recent.getSelectionModel().getSelectedItem();
        if (selected != null) {
            actions.open(selected);
        }
    }

    @Override
    public void onShow() {
        recent.setItems(FXCollections.observableArrayList(actions.recentProjects()));
    }
}
