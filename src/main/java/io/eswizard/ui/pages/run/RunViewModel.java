package io.eswizard.ui.pages.run;

import io.eswizard.ansible.AnsibleNotFoundException;
import io.eswizard.ansible.AnsibleTools;
import io.eswizard.ansible.BackupFirst;
import io.eswizard.ansible.FileDiff;
import io.eswizard.ansible.HostState;
import io.eswizard.ansible.Operation;
import io.eswizard.ansible.PlaybookRun;
import io.eswizard.ansible.PreflightReport;
import io.eswizard.ansible.ProjectRuns;
import io.eswizard.ansible.RunMode;
import io.eswizard.ansible.RunModel;
import io.eswizard.ansible.RunPlan;
import io.eswizard.ansible.RunSummary;
import io.eswizard.ansible.TaskResult;
import io.eswizard.bundle.BundleException;
import io.eswizard.model.ClusterProject;
import io.eswizard.model.Secrets;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;

/**
 * State of the Run page, kept on the FX thread; the view only draws it. A run starts on the
 * background executor and reports through a {@link LogFeed}; the preflight and the run history
 * are models of their own ({@link #preflight()}, {@link #history()}) sharing the log and status.
 * Needs no FX toolkit.
 */
public final class RunViewModel {

    private final RunContext context;
    private final RunConsole console;
    private final PreflightViewModel preflight;
    private final RunHistoryViewModel history;
    private final BackupsViewModel backups;

    private final RunDisplay display = new RunDisplay();
    private final SimpleBooleanProperty running = new SimpleBooleanProperty(false);
    private final ObjectProperty<RunSummary> lastSummary = new SimpleObjectProperty<>();
    private final ObjectProperty<Path> lastRunFolder = new SimpleObjectProperty<>();
    private volatile PlaybookRun current;
    /** The hosts show a result (of a run or a preflight), not the project's list. */
    private boolean showingResult;
    private Consumer<RunSummary> applySucceeded = s -> { };

    /**
     * @param background runs ansible-playbook, the preflight and file reads
     * @param uiThread   hands their results back (Platform::runLater)
     */
    public RunViewModel(Supplier<ClusterProject> project, Supplier<Secrets> secrets, Supplier<Path> projectFile,
                        Executor background, Consumer<Runnable> uiThread, AnsibleTools tools) {
        this(new RunContext(project, secrets, projectFile, () -> false, background, uiThread, tools));
    }

    public RunViewModel(RunContext context) {
        this.context = context;
        this.console = new RunConsole(context);
        this.preflight = new PreflightViewModel(context, console, this::showPreflight);
        this.history = new RunHistoryViewModel(context, console);
        this.backups = new BackupsViewModel(context, console);
    }

    /** Whether the action can start now, or what stands in the way. */
    public RunReadiness.Blocker readiness(RunReadiness.Action action) {
        return RunReadiness.check(context, action);
    }

    /** Called on the UI thread when a whole run (not a dry run, nor a retry of some hosts) succeeded. */
    public void onApplySucceeded(Consumer<RunSummary> listener) {
        this.applySucceeded = listener;
    }

    public PreflightViewModel preflight() {
        return preflight;
    }

    public RunHistoryViewModel history() {
        return history;
    }

    public BackupsViewModel backups() {
        return backups;
    }

    public ObservableList<String> log() {
        return console.log();
    }

    /** Per-host state, for the status grid and the topology picture. */
    public ObservableMap<String, HostState> hostStates() {
        return display.hostStates;
    }

    public ObservableList<String> hosts() {
        return display.hosts;
    }

    public ObservableList<TaskResult> failures() {
        return display.failures;
    }

    public ObservableList<FileDiff> diffs() {
        return display.diffs;
    }

    public DoubleProperty progressProperty() {
        return display.progress;
    }

    public StringProperty currentTaskProperty() {
        return display.currentTask;
    }

    public StringProperty elapsedProperty() {
        return display.elapsed;
    }

    public StringProperty statusProperty() {
        return console.status();
    }

    /** A run or a preflight is going: no other may start. */
    public ReadOnlyBooleanProperty busyProperty() {
        return console.busy();
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running;
    }

    public ObjectProperty<RunSummary> lastSummaryProperty() {
        return lastSummary;
    }

    public ObjectProperty<Path> lastRunFolderProperty() {
        return lastRunFolder;
    }

    public void run(RunMode mode) {
        start(new Operation.Apply(mode, List.of()));
    }

    /** Runs again with --limit of the failed and unreachable hosts of the last (or selected) run. */
    public void retryFailed(RunSummary past) {
        if (past == null || past.hostsToRetry().isEmpty()) {
            console.status().set("No failed or unreachable hosts to retry.");
            return;
        }
        start(new Operation.Apply(past.mode(), past.hostsToRetry()));
    }

    /** Restarts every ES node, one at a time, each healthy before the next. */
    public void rollingRestart() {
        start(new Operation.RollingRestart());
    }

    /**
     * Starts the operation's playbook in a new run folder; the log, hosts and progress follow it. A
     * risky one backs up the databases first unless the admin turned that off.
     */
    public void start(Operation chosen) {
        Operation operation = BackupFirst.choosing(chosen, backups.backupFirstProperty().get());
        List<String> limit = operation.limit();
        RunReadiness.Blocker blocker = readiness(operation.mode() == RunMode.CHECK ? RunReadiness.Action.DRY_RUN
                : RunReadiness.Action.RUN);
        Optional<ProjectRuns> runs = context.runs();
        if (!(blocker instanceof RunReadiness.Ready) || runs.isEmpty()) {
            console.status().set(blocker.message());
            return;
        }
        Secrets s = context.secrets().get();
        ClusterProject p = context.project().get();
        clearRun(limit.isEmpty() ? ProjectRuns.inventoryHosts(p) : limit);
        console.busy().set(true);
        running.set(true);
        console.status().set(operation.title() + ": preparing the run folder…");
        LogFeed feed = LogFeed.forScreen(context.uiThread(), this::take);
        context.background().execute(() -> {
            try {
                PlaybookRun run = runs.get().start(p, s, operation, feed);
                current = run;
                context.uiThread().accept(() -> {
                    lastRunFolder.set(run.runFolder());
                    console.status().set("Running in " + run.runFolder());
                });
            } catch (AnsibleNotFoundException | IOException | BundleException | RuntimeException e) {
                String why = RunContext.why(e);
                context.uiThread().accept(() -> {
                    console.status().set(why);
                    console.append(List.of(why));
                    console.busy().set(false);
                    running.set(false);
                });
            }
        });
    }

    public void cancel() {
        PlaybookRun run = current;
        if (run != null) {
            console.status().set("Cancelling…");
            run.cancel();
        }
    }

    /** Saves the log: the last run's full log file when there is one, else the lines on screen. */
    public void saveLog(Path target) {
        console.save(target, lastRunFolder.get());
    }

    /** Builds the run folder's contents once in the background: see {@link RunFolderWarmUp}. */
    public void prepareAhead() {
        RunFolderWarmUp.start(context.background(), context.project().get());
    }

    /**
     * Works out off the UI thread what the operation will do to the servers ({@link RunPlan}) and hands
     * it to {@code show}; says on the status line when it cannot.
     */
    public void plan(Operation operation, Consumer<RunPlan> show) {
        RunPlanner.plan(context, console, operation, () -> readiness(RunReadiness.Action.RUN).message(), show);
    }

    /** A preflight's findings on the page: each machine's state, the failed checks with what to do. */
    private void showPreflight(PreflightReport report) {
        display.showPreflight(ProjectRuns.inventoryHosts(context.project().get()), report);
        lastSummary.set(null);
        showingResult = true;
        history.refresh();
    }

    /** Lists the project's hosts as waiting, unless a run or a preflight is showing its own. */
    public void showProjectHosts() {
        if (running.get() || lastSummary.get() != null || showingResult) {
            return;
        }
        display.showWaiting(ProjectRuns.inventoryHosts(context.project().get()));
    }

    /** Called each second by the view's clock while a run is going. */
    public void tick() {
        PlaybookRun run = current;
        if (run != null && running.get()) {
            display.elapsed.set(Elapsed.format(run.model().progress().elapsed()));
        }
    }

    private void clearRun(List<String> expected) {
        console.clear();
        display.reset(expected);
        lastSummary.set(null);
    }

    /** One drain of the feed, on the FX thread: the whole batch at once. */
    void take(LogFeed.Batch batch) {
        console.append(batch.lines());
        RunModel model = batch.model();
        if (model != null) {
            display.follow(model);
        }
        if (batch.finished() != null) {
            finish(batch.finished(), model);
        }
    }

    private void finish(RunSummary s, RunModel model) {
        display.finish(s, model);
        lastSummary.set(s);
        showingResult = true;
        console.status().set(s.outcome() + ": " + s.message() + display.failedWhere());
        console.busy().set(false);
        running.set(false);
        current = null;
        history.refresh();
        if (s.outcome() == RunSummary.Outcome.SUCCEEDED && s.mode() == RunMode.APPLY && s.limit().isEmpty()) {
            applySucceeded.accept(s);
        }
    }
}
