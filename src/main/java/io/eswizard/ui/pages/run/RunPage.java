package io.eswizard.ui.pages.run;

import io.eswizard.ansible.AnsibleTools;
import io.eswizard.ansible.RunHistory;
import io.eswizard.ansible.RunMode;
import io.eswizard.ansible.RunSummary;
import io.eswizard.ansible.TaskResult;
import io.eswizard.ui.WizardContext;
import io.eswizard.ui.pages.WizardPage;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

/**
 * The Run page: preflight, dry run with diffs, run, cancel, retry failed hosts; the live log, a host
 * status grid, progress, failures linked to the wizard field they most likely come from, and the run
 * history. Draws its {@link RunViewModel}.
 */
public final class RunPage extends WizardPage {

    private final WizardContext context;
    private final RunViewModel vm;
    private final ListView<TaskResult> failureList = new ListView<>();
    private final ListView<RunHistory.PastRun> historyList = new ListView<>();
    private LogPane logPane;
    private boolean warmedUp;

    public RunPage(WizardContext context) {
        this(context, AnsibleTools.onPath());
    }

    /** With other Ansible tools (tests use fake scripts). */
    public RunPage(WizardContext context, AnsibleTools tools) {
        this.context = context;
        this.vm = new RunViewModel(context.state()::project, () -> context.state().secretsProperty().get(),
                () -> context.state().fileProperty().get(), context.background(), Platform::runLater, tools);
    }

    public RunViewModel viewModel() {
        return vm;
    }

    @Override
    public boolean hasSettings() {
        return false;
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

    @Override
    protected Node build() {
        Label title = new Label("Run");
        title.getStyleClass().add("esw-page-title");
        Label intro = new Label("Run the bundled Ansible playbook against your machines. Start with Preflight "
                + "(can Ansible reach every machine?), then Dry run to see what would change, then Run. "
                + "Every run is kept with its full log under the project's run folder.");
        intro.getStyleClass().add("esw-page-intro");
        intro.setWrapText(true);
        logPane = new LogPane(vm);
        Label status = new Label();
        status.setId("runStatus");
        status.setWrapText(true);
        status.textProperty().bind(vm.statusProperty());
        BorderPane root = new BorderPane();
        root.getStyleClass().add("esw-page");
        root.setPadding(new Insets(8));
        root.setTop(new VBox(6, title, intro, buttons(), progressRow(), new HostGrid(vm)));
        root.setCenter(logPane);
        root.setRight(sidePane());
        root.setBottom(status);
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
        Button preflight = button("preflightButton", "Preflight", vm.preflight()::run);
        Button dryRun = button("dryRunButton", "Dry run", () -> vm.run(RunMode.CHECK));
        Button run = button("runButton", "Run", () -> vm.run(RunMode.APPLY));
        Button cancel = button("cancelButton", "Cancel", vm::cancel);
        Button retry = button("retryButton", "Retry failed hosts", () -> vm.retryFailed(selectedOrLastSummary()));
        Button diffs = button("diffsButton", "Show diffs", () -> DiffViewer.show(logPane.getScene().getWindow(),
                vm.diffs()));
        Button rollingRestart = button("rollingRestartButton", "Rolling restart", vm::rollingRestart);
        Button rollback = button("rollbackButton", "Roll back selected run…", () -> vm.planRollback(
                historyList.getSelectionModel().getSelectedItem(), plan -> {
                    if (RollbackDialog.confirm(logPane.getScene().getWindow(), plan)) {
                        vm.start(plan);
                    }
                }));
        preflight.disableProperty().bind(vm.busyProperty());
        dryRun.disableProperty().bind(vm.busyProperty());
        run.disableProperty().bind(vm.busyProperty());
        cancel.disableProperty().bind(vm.runningProperty().not());
        retry.disableProperty().bind(vm.busyProperty().or(vm.lastSummaryProperty().isNull()
                .and(historyList.getSelectionModel().selectedItemProperty().isNull())));
        diffs.disableProperty().bind(Bindings.isEmpty(vm.diffs()));
        rollingRestart.disableProperty().bind(vm.busyProperty());
        rollback.disableProperty().bind(vm.busyProperty()
                .or(historyList.getSelectionModel().selectedItemProperty().isNull()));
        return new HBox(6, preflight, dryRun, run, cancel, retry, diffs, rollingRestart, rollback);
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

    private HBox progressRow() {
        ProgressBar bar = new ProgressBar(0);
        bar.setId("runProgress");
        bar.setPrefWidth(300);
        bar.progressProperty().bind(vm.progressProperty());
        Label task = new Label();
        task.setId("currentTask");
        task.textProperty().bind(vm.currentTaskProperty());
        Label elapsed = new Label();
        elapsed.setId("elapsed");
        elapsed.textProperty().bind(vm.elapsedProperty());
        return new HBox(10, bar, elapsed, task);
    }

    private VBox sidePane() {
        failureList.setId("failures");
        failureList.setPlaceholder(new Label("No failures."));
        failureList.setItems(vm.failures());
        failureList.setCellFactory(v -> new RunCells.Failure(context.state()::project,
                context.actions()::goToField));
        historyList.setId("runHistory");
        historyList.setPlaceholder(new Label("No runs yet."));
        historyList.setItems(vm.history().runs());
        historyList.setCellFactory(v -> new RunCells.PastRun());
        SplitPane split = new SplitPane(titled("Failures", failureList), titled("Past runs", historyList));
        split.setOrientation(Orientation.VERTICAL);
        VBox side = new VBox(split);
        VBox.setVgrow(split, Priority.ALWAYS);
        side.setPrefWidth(380);
        return side;
    }

    private static VBox titled(String title, Node content) {
        VBox box = new VBox(4, new Label(title), content);
        VBox.setVgrow(content, Priority.ALWAYS);
        return box;
    }
}
