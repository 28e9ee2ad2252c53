package io.eswizard.ui.pages.run;

import io.eswizard.ansible.AnsibleNotFoundException;
import io.eswizard.ansible.AnsibleTools;
import io.eswizard.ansible.FileDiff;
import io.eswizard.ansible.HostState;
import io.eswizard.ansible.PlaybookRun;
import io.eswizard.ansible.PreflightCheck;
import io.eswizard.ansible.PreflightReport;
import io.eswizard.ansible.ProjectRuns;
import io.eswizard.ansible.RunHistory;
import io.eswizard.ansible.RunMode;
import io.eswizard.ansible.RunModel;
import io.eswizard.ansible.RunProgress;
import io.eswizard.ansible.RunSummary;
import io.eswizard.ansible.TaskResult;
import io.eswizard.model.ClusterProject;
import io.eswizard.model.Secrets;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
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
 * State of the Run page, kept on the FX thread; the view only draws it. Runs start on the
 * background executor and report through a {@link LogFeed}.
 */
public final class RunViewModel {

    /** Lines kept on screen; the full log is in the run folder. */
    static final int SCREEN_LINES = 50_000;
    /** A flood of output shows its newest lines only, so one drain never holds the UI thread long. */
    static final int LINES_PER_DRAIN = 5_000;
    /**
     * While output keeps flooding in, at most this many lines a second reach the screen (a burst
     * of {@link #LINES_PER_DRAIN} still shows whole); the run's log file has every line.
     */
    static final long SCREEN_LINES_PER_SECOND = 10_000;
    /**
     * While output floods in, the log changes at most this often: every change scrolls the list,
     * which repaints it whole (tens of ms each with software rendering on a busy machine).
     */
    static final long DRAIN_INTERVAL_MILLIS = 100;

    private final Supplier<ClusterProject> project;
    private final Supplier<Secrets> secrets;
    private final Supplier<Path> projectFile;
    private final Executor background;
    private final Consumer<Runnable> uiThread;
    private final AnsibleTools tools;

    private final ScreenLog log = new ScreenLog(SCREEN_LINES);
    private final ObservableMap<String, HostState> hostStates = FXCollections.observableHashMap();
    private final ObservableList<String> hosts = FXCollections.observableArrayList();
    private final ObservableList<TaskResult> failures = FXCollections.observableArrayList();
    private final ObservableList<FileDiff> diffs = FXCollections.observableArrayList();
    private final ObservableList<RunHistory.PastRun> history = FXCollections.observableArrayList();
    private final DoubleProperty progress = new SimpleDoubleProperty(0);
    private final StringProperty currentTask = new SimpleStringProperty("");
    private final StringProperty elapsed = new SimpleStringProperty("");
    private final StringProperty status = new SimpleStringProperty("Ready.");
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private final BooleanProperty running = new SimpleBooleanProperty(false);
    private final ObjectProperty<RunSummary> lastSummary = new SimpleObjectProperty<>();
    private final ObjectProperty<Path> lastRunFolder = new SimpleObjectProperty<>();
    private volatile PlaybookRun current;
    private int droppedLines;

    public RunViewModel(Supplier<ClusterProject> project, Supplier<Secrets> secrets, Supplier<Path> projectFile,
                        Executor background, Consumer<Runnable> uiThread, AnsibleTools tools) {
        this.project = project;
        this.secrets = secrets;
        this.projectFile = projectFile;
        this.background = background;
        this.uiThread = uiThread;
        this.tools = tools;
    }

    public ObservableList<String> log() {
        return log;
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

    public ObservableList<RunHistory.PastRun> history() {
        return history;
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
        return status;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
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

    /** Where the project's runs live; empty until the project is saved. */
    Optional<ProjectRuns> runs() {
        Path file = projectFile.get();
        return file == null ? Optional.empty() : Optional.of(ProjectRuns.forProjectFile(tools, file));
    }

    public void run(RunMode mode) {
        startRun(mode, List.of());
    }

    /** Runs again with --limit of the failed and unreachable hosts of the last (or selected) run. */
    public void retryFailed(RunSummary past) {
        if (past == null || past.hostsToRetry().isEmpty()) {
            status.set("No failed or unreachable hosts to retry.");
            return;
        }
        startRun(past.mode(), past.hostsToRetry());
    }

    private void startRun(RunMode mode, List<String> limit) {
        Optional<ProjectRuns> runs = runs();
        if (runs.isEmpty()) {
            status.set("Save the project first: runs and their logs are kept next to the project file.");
            return;
        }
        Secrets s = secrets.get();
        if (s == null || !s.hasDatabasePassword()) {
            status.set("Enter the database password on the Database page first.");
            return;
        }
        ClusterProject p = project.get();
        clearRun(limit.isEmpty() ? ProjectRuns.inventoryHosts(p) : limit);
        busy.set(true);
        running.set(true);
        status.set((mode == RunMode.CHECK ? "Dry run" : "Run") + (limit.isEmpty() ? "" : " of " + String.join(", ",
                limit)) + ": preparing the run folder…");
        LogFeed feed = newFeed();
        background.execute(() -> {
            try {
                PlaybookRun run = runs.get().start(p, s, mode, limit, feed);
                current = run;
                uiThread.accept(() -> {
                    lastRunFolder.set(run.runFolder());
                    status.set("Running in " + run.runFolder());
                });
            } catch (AnsibleNotFoundException | IOException | io.eswizard.bundle.BundleException
                     | RuntimeException e) {
                String why = e.getMessage() == null ? e.toString() : e.getMessage();
                uiThread.accept(() -> {
                    status.set(why);
                    log.add(why);
                    busy.set(false);
                    running.set(false);
                });
            }
        });
    }

    public void cancel() {
        PlaybookRun run = current;
        if (run != null) {
            status.set("Cancelling…");
            run.cancel();
        }
    }

    public void preflight() {
        Optional<ProjectRuns> runs = runs();
        if (runs.isEmpty()) {
            status.set("Save the project first: the preflight uses the project's inventory.");
            return;
        }
        ClusterProject p = project.get();
        Secrets secrets = this.secrets.get();
        busy.set(true);
        status.set("Preflight: checking Ansible and every host…");
        background.execute(() -> {
            String summary;
            List<String> lines = new java.util.ArrayList<>();
            try {
                PreflightReport report = runs.get().preflight(p, secrets, List.of());
                lines.add("PREFLIGHT");
                for (PreflightCheck c : report.checks()) {
                    lines.add(String.format("  %-4s %-16s %-20s %s", c.ok() ? "ok" : "FAIL", c.host(), c.check(),
                            c.detail().replace('\n', ' ')));
                    if (!c.ok()) {
                        lines.add("       what to do: " + c.remedy());
                    }
                }
                summary = report.passed() ? "Preflight passed." : "Preflight: " + report.failures().size()
                        + " check(s) failed; see the log.";
            } catch (IOException | io.eswizard.bundle.BundleException | RuntimeException e) {
                summary = "Preflight could not run: " + e.getMessage();
            }
            String done = summary;
            uiThread.accept(() -> {
                appendLines(lines);
                status.set(done);
                busy.set(false);
            });
        });
    }

    /**
     * Saves the run log to {@code target} off the UI thread: the full log from the run folder when
     * there is one (the screen may hold only its last lines), else the lines on screen.
     */
    public void saveLog(Path target) {
        Path folder = lastRunFolder.get();
        List<String> onScreen = List.copyOf(log);
        background.execute(() -> {
            try {
                Path full = folder == null ? null : folder.resolve(RunSummary.LOG_FILE);
                if (full != null && Files.isRegularFile(full)) {
                    Files.copy(full, target, StandardCopyOption.REPLACE_EXISTING);
                } else {
                    Files.write(target, onScreen);
                }
                uiThread.accept(() -> status.set("Log saved to " + target));
            } catch (IOException e) {
                uiThread.accept(() -> status.set("Could not save the log: " + e.getMessage()));
            }
        });
    }

    /** Reloads the list of past runs (background read, FX update). */
    public void refreshHistory() {
        Optional<ProjectRuns> runs = runs();
        if (runs.isEmpty()) {
            history.clear();
            return;
        }
        background.execute(() -> {
            try {
                List<RunHistory.PastRun> past = runs.get().history().list();
                uiThread.accept(() -> history.setAll(past));
            } catch (IOException e) {
                uiThread.accept(() -> status.set("Cannot read the run history: " + e.getMessage()));
            }
        });
    }

    /**
     * Builds the run folder's contents once, in memory, on the background thread. Called when the
     * page first shows: a run's first seconds then do not also compile the generator's code (the
     * YAML emitter, the playbook's file list), which on a 2-core machine slowed the first frames
     * of a flood of output past 50 ms. A project that cannot be built is reported by the run.
     */
    public void prepareAhead() {
        ClusterProject p = project.get();
        background.execute(() -> {
            try {
                io.eswizard.bundle.BundleWriter.runFolderFiles(p);
            } catch (IOException | io.eswizard.bundle.BundleException | RuntimeException e) {
                // The run itself says what is wrong, when it is started.
            }
        });
    }

    /** Lists the project's hosts as waiting, unless a run is showing its own. */
    public void showProjectHosts() {
        if (running.get() || lastSummary.get() != null) {
            return;
        }
        List<String> names = ProjectRuns.inventoryHosts(project.get());
        hosts.setAll(names);
        hostStates.clear();
        names.forEach(h -> hostStates.put(h, HostState.WAITING));
    }

    /** Called each second by the view's timer while a run is going. */
    public void tick() {
        PlaybookRun run = current;
        if (run != null && running.get()) {
            elapsed.set(format(run.model().progress().elapsed()));
        }
    }

    private void clearRun(List<String> expected) {
        log.clear();
        droppedLines = 0;
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

    private LogFeed newFeed() {
        return new LogFeed(uiThread, this::take, LINES_PER_DRAIN, SCREEN_LINES_PER_SECOND, DRAIN_INTERVAL_MILLIS,
                LogFeed.JDK_DELAYER, System::nanoTime);
    }

    /** One drain of the feed, on the FX thread: the whole batch at once. */
    void take(LogFeed.Batch batch) {
        appendLines(batch.lines());
        RunModel model = batch.model();
        if (model != null) {
            RunProgress p = model.progress();
            progress.set(p.fraction() < 0 ? -1 : p.fraction());
            currentTask.set(p.currentTask());
            elapsed.set(format(p.elapsed()));
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
        progress.set(s.outcome() == RunSummary.Outcome.SUCCEEDED ? 1 : Math.max(0, progress.get()));
        currentTask.set("");
        status.set(s.outcome() + ": " + s.message());
        busy.set(false);
        running.set(false);
        current = null;
        refreshHistory();
    }

    private void appendLines(List<String> lines) {
        if (lines.isEmpty()) {
            return;
        }
        droppedLines += log.append(lines);
    }

    /** Lines dropped from the top of the screen (they are in the log file). */
    public int droppedLines() {
        return droppedLines;
    }

    static String format(Duration d) {
        long s = d.getSeconds();
        return String.format("%d:%02d:%02d", s / 3600, (s / 60) % 60, s % 60);
    }
}
