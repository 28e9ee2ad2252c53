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
import io.eswizard.ansible.RunPlans;
import io.eswizard.ansible.RunProgress;
import io.eswizard.ansible.RunSummary;
import io.eswizard.ansible.TaskNames;
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
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
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

    private final ObservableMap<String, HostState> hostStates = FXCollections.observableHashMap();
    private final ObservableList<String> hosts = FXCollections.observableArrayList();
    private final ObservableList<TaskResult> failures = FXCollections.observableArrayList();
    private final ObservableList<FileDiff> diffs = FXCollections.observableArrayList();
    private final DoubleProperty progress = new SimpleDoubleProperty(0);
    private final StringProperty currentTask = new SimpleStringProperty("");
    private final StringProperty elapsed = new SimpleStringProperty("");
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
        return hostStates;
    }

    public ObservableList<String> hosts() {
        return hosts;
    }

    public ObservableList<TaskResult> failures() {
        return failures;
    }

    public ObservableList<FileDiff> diffs() {
        return diffs;
    }

    public DoubleProperty progressProperty() {
        return progress;
    }

    public StringProperty currentTaskProperty() {
        return currentTask;
    }

    public StringProperty elapsedProperty() {
        return elapsed;
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
        Optional<ProjectRuns> runs = context.runs();
        if (runs.isEmpty()) {
            console.status().set(readiness(RunReadiness.Action.RUN).message());
            return;
        }
        ClusterProject p = context.project().get();
        context.background().execute(() -> {
            try {
                RunPlan plan = RunPlans.of(p, operation, runs.get().history());
                context.uiThread().accept(() -> show.accept(plan));
            } catch (IOException | RuntimeException e) {
                String why = "Cannot read the run history: " + RunContext.why(e);
                context.uiThread().accept(() -> console.status().set(why));
            }
        });
    }

    /** A preflight's findings on the page: each machine's state, the failed checks with what to do. */
    private void showPreflight(PreflightReport report) {
        List<String> names = ProjectRuns.inventoryHosts(context.project().get());
        failures.setAll(report.asFailures());
        diffs.clear();
        hostStates.clear();
        hosts.setAll(names);
        names.forEach(h -> hostStates.put(h, HostState.WAITING));
        report.hostStates().forEach((host, state) -> {
            if (!hosts.contains(host)) {
                hosts.add(host);
            }
            hostStates.put(host, state);
        });
        progress.set(0);
        currentTask.set("");
        elapsed.set("");
        lastSummary.set(null);
        showingResult = true;
        history.refresh();
    }

    /** " Failed: store-2 (Become root), publisher-1 (Check the ES home)." for the status line; empty for none. */
    private String failedWhere() {
        if (failures.isEmpty()) {
            return "";
        }
        List<String> where = failures.stream().limit(4).map(f -> f.host() + " (" + TaskNames.name(f.task()) + ")")
                .distinct().toList();
        return " Failed: " + String.join(", ", where) + (failures.size() > where.size() ? ", …" : "")
                + ". See Failures.";
    }

    /** Lists the project's hosts as waiting, unless a run or a preflight is showing its own. */
    public void showProjectHosts() {
        if (running.get() || lastSummary.get() != null || showingResult) {
            return;
        }
        List<String> names = ProjectRuns.inventoryHosts(context.project().get());
        hosts.setAll(names);
        hostStates.clear();
        names.forEach(h -> hostStates.put(h, HostState.WAITING));
    }

    /** Called each second by the view's clock while a run is going. */
    public void tick() {
        PlaybookRun run = current;
        if (run != null && running.get()) {
            elapsed.set(Elapsed.format(run.model().progress().elapsed()));
        }
    }

    private void clearRun(List<String> expected) {
        console.clear();
        failures.clear();
        diffs.clear();
        hostStates.clear();
        hosts.setAll(expected);
        expected.forEach(h -> hostStates.put(h, HostState.WAITING));
        progress.set(0);
        currentTask.set("");
        elapsed.set("");
        lastSummary.set(null);
    }

    /** One drain of the feed, on the FX thread: the whole batch at once. */
    void take(LogFeed.Batch batch) {
        console.append(batch.lines());
        RunModel model = batch.model();
        if (model != null) {
            RunProgress p = model.progress();
            progress.set(p.fraction() < 0 ? -1 : p.fraction());
            currentTask.set(p.currentTask());
            elapsed.set(Elapsed.format(p.elapsed()));
            model.hostStates().forEach((host, state) -> {
                if (!hosts.contains(host)) {
                    hosts.add(host);
                }
                if (hostStates.get(host) != state) {
                    hostStates.put(host, state);
                }
            });
            if (model.failureCount() != failures.size()) {
                failures.setAll(model.failures());
            }
        }
        if (batch.finished() != null) {
            finish(batch.finished(), model);
        }
    }

    private void finish(RunSummary s, RunModel model) {
        if (model != null) {
            diffs.setAll(model.diffs());
            hostStates.putAll(model.hostStates());
        }
        lastSummary.set(s);
        showingResult = true;
        progress.set(s.outcome() == RunSummary.Outcome.SUCCEEDED ? 1 : Math.max(0, progress.get()));
        currentTask.set("");
        console.status().set(s.outcome() + ": " + s.message() + failedWhere());
        console.busy().set(false);
        running.set(false);
        current = null;
        history.refresh();
        if (s.outcome() == RunSummary.Outcome.SUCCEEDED && s.mode() == RunMode.APPLY && s.limit().isEmpty()) {
            applySucceeded.accept(s);
        }
    }
}
