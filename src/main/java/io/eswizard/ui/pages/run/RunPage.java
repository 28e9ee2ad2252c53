package io.eswizard.ui.pages.run;

import io.eswizard.ansible.AnsibleTools;
import io.eswizard.ansible.Operation;
import io.eswizard.ansible.RunHistory;
import io.eswizard.ansible.RunMode;
import io.eswizard.ansible.RunSummary;
import io.eswizard.ansible.TaskResult;
import io.eswizard.ui.WizardContext;
import io.eswizard.ui.components.Icons;
import io.eswizard.ui.pages.WizardPage;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.MenuButton;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Separator;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import java.util.List;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.feather.Feather;

/**
 * The Run page, laid out to the window: a toolbar (preflight, dry run, run, cancel, retry failed hosts,
 * the dry run's changes), the progress and status right under it, then the live log beside the hosts,
 * the failures (each linked to the wizard field it most likely comes from) and the run history.
 * Draws its {@link RunViewModel}; actions that cannot run yet say why and offer the fix
 * ({@link ActionGate}).
 */
public final class RunPage extends WizardPage {

    private final WizardContext context;
    private final RunViewModel vm;
    private final ActionGate gate;
    private final DiagnosticsAction diagnostics;
    private final ListView<TaskResult> failureList = new ListView<>();
    private final ListView<RunHistory.PastRun> historyList = new ListView<>();
    private final HBox toolbar = new HBox();
    private LogPane logPane;
    private boolean warmedUp;

    public RunPage(WizardContext context) {
        this(context, AnsibleTools.onPath());
    }

    /** With other Ansible tools (tests use fake scripts). */
    public RunPage(WizardContext context, AnsibleTools tools) {
        this.context = context;
        this.vm = new RunViewModel(new RunContext(context.state()::project,
                () -> context.state().secretsProperty().get(), () -> context.state().fileProperty().get(),
                () -> context.state().sudoAnsweredProperty().get(), context.background(), Platform::runLater, tools,
                context.state()::isDirty));
        this.gate = new ActionGate(context, vm::readiness);
        this.diagnostics = new DiagnosticsAction(context, tools, gate);
    }

    public RunViewModel viewModel() {
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
        vm.showProjectHosts();
        vm.history().refresh();
        // The first show readies the log's cells and the generator before any run: see the two classes.
        if (!warmedUp && vm.log().isEmpty()) {
            warmedUp = true;
            LogWarmUp.run(logPane.list());
            vm.prepareAhead();
        }
    }

    /** The toolbar, where day-two actions add their buttons. */
    public HBox toolbar() {
        return toolbar;
    }

    @Override
    protected Node build() {
        Label title = new Label("Run");
        title.getStyleClass().add("esw-page-title");
        Label intro = new Label("Preflight checks that Ansible reaches every machine; Dry run shows what would "
                + "change; Run sets the cluster up, then Verify checks it works. Every run keeps its full log.");
        intro.getStyleClass().add("esw-page-intro");
        intro.setWrapText(true);
        logPane = new LogPane(vm);
        SplitPane center = new SplitPane(logPane, sidePane());
        center.setDividerPositions(0.55);
        SplitPane.setResizableWithParent(center.getItems().get(1), false);
        VBox top = new VBox(4, title, intro, buttons(), ProgressRow.create(vm));
        BorderPane root = new BorderPane(center);
        root.getStyleClass().addAll("esw-page", "esw-run-page");
        root.setTop(top);
        BorderPane.setMargin(center, new javafx.geometry.Insets(6, 0, 0, 0));
        vm.showProjectHosts();
        startClock();
        return root;
    }

    /** While a run goes, the elapsed time ticks each second. */
    private void startClock() {
        Timeline clock = new Timeline(new KeyFrame(Duration.seconds(1), e -> vm.tick()));
        clock.setCycleCount(Timeline.INDEFINITE);
        vm.runningProperty().addListener((o, was, running) -> {
            if (running) {
                logPane.follow();
                clock.play();
            } else {
                clock.stop();
            }
        });
    }

    private HBox buttons() {
        Button preflight = button("preflightButton", "_Preflight", Feather.CHECK_SQUARE, null);
        preflight.setOnAction(e -> gate.attempt(preflight, RunReadiness.Action.PREFLIGHT, vm.preflight()::run));
        gate.explain(preflight, RunReadiness.Action.PREFLIGHT,
                "Checks this machine's Ansible and every cluster machine, changing nothing.");
        Button dryRun = button("dryRunButton", "_Dry run", Feather.EYE, null);
        dryRun.setOnAction(e -> gate.attempt(dryRun, RunReadiness.Action.DRY_RUN, () -> vm.run(RunMode.CHECK)));
        gate.explain(dryRun, RunReadiness.Action.DRY_RUN,
                "Runs the playbook in check mode: shows every file it would change, per machine, changing nothing.");
        Button run = button("runButton", "_Run", Feather.PLAY, null);
        run.getStyleClass().add("accent");
        run.setOnAction(e -> gate.attempt(run, RunReadiness.Action.RUN, () -> confirmThenStart(run,
                new Operation.Apply(RunMode.APPLY, List.of()), "_Run")));
        gate.explain(run, RunReadiness.Action.RUN, "Sets the cluster up on your machines. Verify follows when it "
                + "succeeds.");
        Button cancel = button("cancelButton", "_Cancel", Feather.SQUARE, vm::cancel);
        cancel.setTooltip(new javafx.scene.control.Tooltip("Stops the playbook; what it changed stays changed."));
        Button retry = button("retryButton", "R_etry failed", Feather.ROTATE_CW, null);
        retry.setOnAction(e -> gate.attempt(retry, RunReadiness.Action.RUN, () -> {
            RunSummary past = selectedOrLastSummary();
            if (past == null || past.mode() == RunMode.CHECK || past.hostsToRetry().isEmpty()) {
                vm.retryFailed(past);
            } else {
                confirmThenStart(retry, new Operation.Apply(past.mode(), past.hostsToRetry()), "_Run");
            }
        }));
        retry.setTooltip(new javafx.scene.control.Tooltip("Runs again on the failed and unreachable machines of the "
                + "last run, or of the run selected under Past runs."));
        Button diffs = button("diffsButton", "C_hanges…", Feather.FILE_TEXT, () ->
                DiffViewer.show(logPane.getScene().getWindow(), vm.diffs()));
        diffs.setTooltip(new javafx.scene.control.Tooltip("What the last dry run would change: each file, per "
                + "machine, as one diff."));
        MenuButton operations = OperationsMenu.create(vm, gate, historyList, this::confirmThenStart);
        operations.getItems().addAll(new javafx.scene.control.SeparatorMenuItem(),
                diagnostics.menuItem(operations, RunReadiness.Action.RUN));
        preflight.disableProperty().bind(vm.busyProperty());
        dryRun.disableProperty().bind(vm.busyProperty());
        run.disableProperty().bind(vm.busyProperty());
        cancel.disableProperty().bind(vm.runningProperty().not());
        // only when a run (the last, or the one selected under Past runs) left hosts to retry
        retry.disableProperty().bind(vm.busyProperty().or(Bindings.createBooleanBinding(
                () -> selectedOrLastSummary() == null || selectedOrLastSummary().hostsToRetry().isEmpty(),
                vm.lastSummaryProperty(), historyList.getSelectionModel().selectedItemProperty())));
        diffs.disableProperty().bind(Bindings.isEmpty(vm.diffs()));
        toolbar.getChildren().setAll(preflight, dryRun, run, cancel, separator(), retry, diffs, operations);
        toolbar.getChildren().forEach(b -> b.getStyleClass().add(ACTION));
        // Labels stay whole: a narrow window scrolls the page rather than cutting a button's text.
        toolbar.getChildren().forEach(b -> ((javafx.scene.layout.Region) b).setMinWidth(
                javafx.scene.layout.Region.USE_PREF_SIZE));
        toolbar.getStyleClass().add("esw-toolbar");
        toolbar.setId("runToolbar");
        return toolbar;
    }

    /**
     * Shows what the operation will do to the servers and starts it once confirmed, or runs the
     * preflight first when asked to.
     */
    void confirmThenStart(Node owner, Operation operation, String goLabel) {
        vm.plan(operation, plan -> {
            switch (RunConfirmDialog.ask(owner.getScene().getWindow(), plan, goLabel)) {
                case GO -> vm.start(operation);
                case PREFLIGHT_FIRST -> vm.preflight().run();
                case CANCEL -> vm.statusProperty().set(operation.title() + " not started: nothing was changed.");
            }
        });
    }

    /** Starts an operation the admin confirmed elsewhere (the teardown), once the project is saved. */
    public void startConfirmed(Operation operation) {
        gate.attempt(toolbar, RunReadiness.Action.RUN, () -> vm.start(operation));
    }

    private static Separator separator() {
        return new Separator(Orientation.VERTICAL);
    }

    private RunSummary selectedOrLastSummary() {
        RunHistory.PastRun selected = historyList.getSelectionModel().getSelectedItem();
        if (selected != null && selected.summary().isPresent()) {
            return selected.summary().get();
        }
        return vm.lastSummaryProperty().get();
    }

    static Button button(String id, String text, Runnable action) {
        Button b = new Button(text);
        b.setId(id);
        b.setOnAction(e -> action.run());
        return b;
    }

    private static Button button(String id, String text, Ikon icon, Runnable action) {
        Button b = new Button(text);
        b.setId(id);
        Icons.on(b, icon);
        if (action != null) {
            b.setOnAction(e -> action.run());
        }
        return b;
    }

    private VBox sidePane() {
        failureList.setId("failures");
        failureList.setPlaceholder(new Label("No failures."));
        failureList.setItems(vm.failures());
        java.util.Set<TaskResult> expanded = new java.util.HashSet<>();
        failureList.setCellFactory(v -> new RunCells.Failure(context.state()::project,
                context.actions()::goToField, expanded));
        // by keyboard: Enter on a failure goes to the setting it most likely comes from
        failureList.setOnKeyPressed(e -> {
            TaskResult selected = failureList.getSelectionModel().getSelectedItem();
            if (e.getCode() == javafx.scene.input.KeyCode.ENTER && selected != null) {
                FieldLinks.fieldFor(selected, context.state().project()).ifPresent(context.actions()::goToField);
                e.consume();
            }
        });
        historyList.setId("runHistory");
        historyList.setPlaceholder(new Label("No runs yet."));
        historyList.setItems(vm.history().runs());
        historyList.setCellFactory(v -> new RunCells.PastRun());
        Tab failuresTab = new Tab();
        failuresTab.textProperty().bind(Bindings.createStringBinding(() -> vm.failures().isEmpty() ? "Failures"
                : "Failures (" + vm.failures().size() + ")", vm.failures()));
        failuresTab.setContent(failureList);
        Tab historyTab = new Tab("Past runs", historyList);
        TabPane lists = new TabPane(failuresTab, historyTab);
        lists.setId("runSideTabs");
        lists.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        // a failure shows at once
        vm.failures().addListener((javafx.collections.ListChangeListener<TaskResult>) c -> {
            if (!vm.failures().isEmpty()) {
                lists.getSelectionModel().select(failuresTab);
                failureList.scrollTo(0);
            }
        });
        Label hostsTitle = new Label("Machines");
        hostsTitle.getStyleClass().add("esw-side-title");
        ScrollPane hosts = new ScrollPane(new HostGrid(vm));
        hosts.setFitToWidth(true);
        // every machine of a usual cluster shows; a larger one scrolls
        hosts.minViewportHeightProperty().bind(Bindings.createDoubleBinding(
                () -> Math.min(9, Math.max(1, vm.hosts().size())) * 26.0, vm.hosts()));
        hosts.prefViewportHeightProperty().bind(hosts.minViewportHeightProperty());
        hosts.setId("hostScroll");
        VBox side = new VBox(4, hostsTitle, hosts, lists);
        VBox.setVgrow(lists, Priority.ALWAYS);
        side.setMinWidth(250);
        side.setPrefWidth(300);
        return side;
    }
}
