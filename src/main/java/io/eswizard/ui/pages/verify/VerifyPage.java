package io.eswizard.ui.pages.verify;

import io.eswizard.ansible.AnsibleTools;
import io.eswizard.model.field.FieldRef;
import io.eswizard.ui.WizardContext;
import io.eswizard.ui.components.Icons;
import io.eswizard.ui.components.TopologyView;
import io.eswizard.ui.pages.WizardPage;
import io.eswizard.ui.pages.run.ActionGate;
import io.eswizard.ui.pages.run.RunContext;
import io.eswizard.ui.pages.run.RunReadiness;
import io.eswizard.verify.VerifyCheck;
import java.util.HashMap;
import java.util.Map;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.collections.MapChangeListener;
import javafx.collections.transformation.FilteredList;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;

/**
 * The Verify step: after a run, proves the cluster works. A checklist (green or red, the cause, a link
 * to the setting that fixes it) and the cluster's picture coloured by each machine's results. Runs by
 * itself after a successful run, and on demand. Draws its {@link VerifyViewModel}.
 */
public final class VerifyPage extends WizardPage {

    private final WizardContext context;
    private final VerifyViewModel vm;
    private final ActionGate gate;
    private final io.eswizard.ui.pages.run.DiagnosticsAction diagnostics;
    private TopologyView topology;
    private Button verify;

    public VerifyPage(WizardContext context) {
        this(context, AnsibleTools.onPath());
    }

    public VerifyPage(WizardContext context, AnsibleTools tools) {
        this(context, tools, null);
    }

    /** With another verifier (tests); null for verify.yml through the app's runner. */
    public VerifyPage(WizardContext context, AnsibleTools tools, VerifyViewModel.Verifier verifier) {
        this.context = context;
        RunContext run = new RunContext(context.state()::project, () -> context.state().secretsProperty().get(),
                () -> context.state().fileProperty().get(), () -> context.state().sudoAnsweredProperty().get(),
                context.background(), Platform::runLater, tools);
        this.vm = new VerifyViewModel(run, verifier != null ? verifier : VerifyViewModel.clusterVerifier(tools, run));
        this.gate = new ActionGate(context, action -> vm.readiness());
        this.diagnostics = new io.eswizard.ui.pages.run.DiagnosticsAction(context, tools, gate);
    }

    public VerifyViewModel viewModel() {
        return vm;
    }

    @Override
    public boolean hasSettings() {
        return false;
    }

    @Override
    public boolean fillsWindow() {
        return true;
    }

    @Override
    public void onShow() {
        view();
        topology.show(context.state().project());
    }

    /** Verifies now, asking first for what is missing (an unsaved project, passwords). */
    public void verifyNow() {
        view();
        gate.attempt(verify, RunReadiness.Action.VERIFY, vm::start);
    }

    @Override
    protected Node build() {
        Label title = new Label("Verify");
        title.getStyleClass().add("esw-page-title");
        Label intro = new Label("Checks that the cluster works, each from where a user or a server makes it: every "
                + "node answers and joined the cluster, logs in to the database, the load balancer reaches every "
                + "node by its public name, and login goes to the Identity Server.");
        intro.getStyleClass().add("esw-page-intro");
        intro.setWrapText(true);
        verify = new Button("_Verify");
        verify.setId("verifyButton");
        verify.getStyleClass().add("accent");
        Icons.on(verify, Feather.ACTIVITY);
        verify.setOnAction(e -> verifyNow());
        verify.disableProperty().bind(vm.runningProperty());
        gate.explain(verify, RunReadiness.Action.VERIFY, "Runs every check against the machines; changes nothing.");
        Button cancel = new Button("_Cancel");
        cancel.setId("verifyCancel");
        Icons.on(cancel, Feather.SQUARE);
        cancel.setOnAction(e -> vm.cancel());
        cancel.disableProperty().bind(vm.runningProperty().not());
        CheckBox onlyFailed = new CheckBox("Only _failed checks");
        onlyFailed.setId("verifyOnlyFailed");
        Label counts = new Label();
        counts.setId("verifyCounts");
        counts.textProperty().bind(Bindings.createStringBinding(() -> vm.checks().isEmpty() ? ""
                        : vm.passedProperty().get() + " passed, " + vm.failedProperty().get() + " failed",
                vm.checks(), vm.passedProperty(), vm.failedProperty()));
        verify.getStyleClass().add(ACTION);
        cancel.getStyleClass().add(ACTION);
        onlyFailed.getStyleClass().add(ACTION);
        Button collect = diagnostics.button(RunReadiness.Action.VERIFY);
        collect.getStyleClass().add(ACTION);
        HBox toolbar = new HBox(verify, cancel, collect, onlyFailed, counts);
        toolbar.getStyleClass().add("esw-toolbar");
        Label status = new Label();
        status.setId("verifyStatus");
        status.getStyleClass().add("esw-status");
        status.setWrapText(true);
        status.setMinHeight(Region.USE_PREF_SIZE);
        status.textProperty().bind(vm.statusProperty());
        vm.reportProperty().addListener((o, a, r) -> {
            status.getStyleClass().removeAll("esw-ok", "esw-error");
            if (r != null) {
                status.getStyleClass().add(r.passed() ? "esw-ok" : "esw-error");
            }
        });
        topology = new TopologyView();
        topology.setId("verify-topology");
        topology.setFitToWidth(true);
        topology.setCompact(true);
        vm.targets().addListener((MapChangeListener<String, VerifyViewModel.TargetState>) c -> colour());
        FilteredList<VerifyCheck> shown = new FilteredList<>(vm.checks());
        onlyFailed.selectedProperty().addListener((o, a, only) -> shown.setPredicate(only ? c -> !c.ok() : null));
        // failed checks first, each group in the order the checks came
        javafx.collections.transformation.SortedList<VerifyCheck> failedFirst = new javafx.collections.transformation
                .SortedList<>(shown, java.util.Comparator.comparing(VerifyCheck::ok)
                .thenComparingInt(vm.checks()::indexOf));
        ListView<VerifyCheck> list = new ListView<>(failedFirst);
        list.setId("verifyChecks");
        list.setPlaceholder(new Label("No checks yet. Verify runs by itself after a successful run, or press Verify."));
        list.setCellFactory(v -> new CheckCell(list));
        // the outcome shows from its top: the first failure
        vm.reportProperty().addListener((o, a, r) -> list.scrollTo(0));
        // by keyboard: Enter on a failed check goes to the setting that fixes it
        list.setOnKeyPressed(e -> {
            VerifyCheck selected = list.getSelectionModel().getSelectedItem();
            if (e.getCode() == javafx.scene.input.KeyCode.ENTER && selected != null) {
                FieldRef.find(context.state().project(), selected.fieldPath())
                        .ifPresent(field -> context.actions().goToField(field));
                e.consume();
            }
        });
        VBox top = new VBox(4, title, intro, toolbar, status, topology);
        BorderPane root = new BorderPane(list);
        BorderPane.setMargin(list, new javafx.geometry.Insets(6, 0, 0, 0));
        root.setTop(top);
        root.getStyleClass().add("esw-page");
        topology.show(context.state().project());
        return root;
    }

    private void colour() {
        Map<String, TopologyView.BoxState> states = new HashMap<>();
        vm.targets().forEach((host, state) -> states.put(host, switch (state) {
            case RUNNING -> TopologyView.BoxState.RUNNING;
            case OK -> TopologyView.BoxState.OK;
            case FAILED -> TopologyView.BoxState.FAILED;
        }));
        topology.showStates(states);
    }

    /** One check: a green or red mark, the machine, what was checked; under a failure its cause and the fix. */
    private final class CheckCell extends ListCell<VerifyCheck> {
        private final ListView<VerifyCheck> list;

        CheckCell(ListView<VerifyCheck> list) {
            this.list = list;
        }

        @Override
        protected void updateItem(VerifyCheck c, boolean empty) {
            super.updateItem(c, empty);
            setText(null);
            if (empty || c == null) {
                setGraphic(null);
                return;
            }
            Label host = new Label(c.target().isBlank() ? c.host() : c.target());
            host.getStyleClass().add("esw-check-host");
            Label what = new Label(c.what());
            what.getStyleClass().add("esw-check-what");
            what.setWrapText(true);
            VBox text = new VBox(2, what);
            HBox.setHgrow(text, Priority.ALWAYS);
            // the text takes the row's width, so that a long cause wraps instead of being cut
            text.prefWidthProperty().bind(list.widthProperty().subtract(200));
            text.setMinWidth(0);
            if (!c.ok()) {
                Label cause = new Label(c.cause());
                cause.getStyleClass().add("esw-check-cause");
                cause.setWrapText(true);
                cause.setMinHeight(Region.USE_PREF_SIZE);
                text.getChildren().add(cause);
                FieldRef.find(context.state().project(), c.fieldPath()).ifPresent(field -> {
                    Hyperlink link = new Hyperlink("Go to " + field.label());
                    link.setTooltip(new Tooltip("Opens the setting that fixes this"));
                    link.setOnAction(e -> context.actions().goToField(field));
                    text.getChildren().add(link);
                });
            }
            HBox row = new HBox(8, Icons.of(c.ok() ? Feather.CHECK_CIRCLE : Feather.X_CIRCLE,
                    c.ok() ? "esw-ok" : "esw-error"), host, text);
            row.getStyleClass().add("esw-check-row");
            setAccessibleText((c.ok() ? "ok: " : "failed: ") + host.getText() + " " + c.what()
                    + (c.ok() ? "" : ". " + c.cause()));
            setGraphic(row);
        }
    }
}
