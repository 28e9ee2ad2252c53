package io.eswizard.ansible;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Everything a run has reported so far: plays, tasks, per-host states, failures, diffs and the
 * recap. Fed on the reader thread, read from any thread (all methods synchronise; getters return copies).
 */
public final class RunModel {

    /**
     * How many task ids are remembered to tell a repeated start from a new task: a repeat (the free
     * strategy's one start per host, a meta task's per host batch) follows its first closely.
     */
    static final int RECENT_TASK_IDS = 1_024;
    /** Plays, failures and diffs kept for the screen; past these a flood is counted, and the log has it all. */
    static final int PLAYS_KEPT = 1_000;
    static final int FAILURES_KEPT = 1_000;
    /** Diffs kept for the diff viewer: at most so many, and so many characters of text (before, after, prepared). */
    static final int DIFFS_KEPT = 5_000;
    static final long DIFF_CHARS_KEPT = 8_000_000;

    private final Clock clock;
    private final Instant started;
    private final int tasksPlanned;
    private final List<String> plays = new ArrayList<>();
    // Counts and the latest only, not every task and result: a long run has hundreds of thousands,
    // and keeping them made each young collection copy them (GC pauses that stall the UI).
    // Failures and diffs are what is read, up to their limits.
    private int tasksStarted;
    private String currentTask = "";
    private final Set<String> recentTaskIds = Collections.newSetFromMap(new LinkedHashMap<>() {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
            return size() > RECENT_TASK_IDS;
        }
    });
    private final List<TaskResult> failures = new ArrayList<>();
    private int failuresNotKept;
    private final List<FileDiff> diffs = new ArrayList<>();
    private long diffChars;
    private int diffsNotKept;
    private boolean failuresNoticed;
    private boolean diffsNoticed;
    private final Map<String, HostState> hostStates = new LinkedHashMap<>();
    private final Map<String, HostRecap> recap = new TreeMap<>();
    private Instant finished;

    public RunModel(int tasksPlanned, Clock clock) {
        this.clock = clock;
        this.started = clock.instant();
        this.tasksPlanned = tasksPlanned;
    }

    public RunModel(int tasksPlanned) {
        this(tasksPlanned, Clock.systemUTC());
    }

    /** Hosts known before any result (e.g. from the inventory), so the grid shows them waiting. */
    public synchronized void expectHosts(Iterable<String> hosts) {
        hosts.forEach(h -> hostStates.putIfAbsent(h, HostState.WAITING));
    }

    public synchronized void apply(RunEvent event) {
        if (event instanceof RunEvent.PlayStarted p) {
            if (plays.size() < PLAYS_KEPT) {
                plays.add(p.name());
            }
        } else if (event instanceof RunEvent.TaskStarted t) {
            if (t.taskId().isEmpty() || recentTaskIds.add(t.taskId())) {
                tasksStarted++;
                currentTask = t.name();
            }
        } else if (event instanceof RunEvent.HostResult hr) {
            if (hr.result().status().isProblem()) {
                if (failures.size() < FAILURES_KEPT) {
                    failures.add(hr.result());
                } else {
                    failuresNotKept++;
                }
            }
            hr.result().diffs().forEach(this::keepDiff);
            if (!hr.result().isItem()) {
                hostStates.merge(hr.result().host(), stateAfter(HostState.WAITING, hr.result().status()),
                        (old, ignored) -> stateAfter(old, hr.result().status()));
            }
        } else if (event instanceof RunEvent.Recap r) {
            recap.putAll(r.hosts());
            // The recap knows about ignored errors and rescues; it has the last word.
            r.hosts().values().forEach(h -> hostStates.put(h.host(), h.state()));
        }
    }

    private void keepDiff(FileDiff d) {
        long chars = (long) d.before().length() + d.after().length() + d.prepared().length();
        if (diffsNotKept == 0 && diffs.size() < DIFFS_KEPT && diffChars + chars <= DIFF_CHARS_KEPT) {
            diffs.add(d);
            diffChars += chars;
        } else {
            diffsNotKept++;
        }
    }

    /**
     * A failed host runs no further tasks, so a later result means the failure was ignored or
     * rescued: the host is back to ok/changed.
     */
    static HostState stateAfter(HostState before, ResultStatus status) {
        boolean changedBefore = before == HostState.CHANGED;
        return switch (status) {
            case FAILED -> HostState.FAILED;
            case UNREACHABLE -> HostState.UNREACHABLE;
            case CHANGED -> HostState.CHANGED;
            case OK, SKIPPED -> changedBefore ? HostState.CHANGED : HostState.OK;
        };
    }

    synchronized void finish() {
        finished = clock.instant();
    }

    public synchronized List<String> plays() {
        return List.copyOf(plays);
    }

    public synchronized List<TaskResult> failures() {
        return List.copyOf(failures);
    }

    public synchronized List<FileDiff> diffs() {
        return List.copyOf(diffs);
    }

    public synchronized Map<String, HostState> hostStates() {
        return Collections.unmodifiableMap(new LinkedHashMap<>(hostStates));
    }

    /** The PLAY RECAP by host; empty when the run ended before it (crash, cancel). */
    public synchronized Map<String, HostRecap> recap() {
        return Collections.unmodifiableMap(new TreeMap<>(recap));
    }

    /** Hosts to retry: failed or unreachable, per the recap when there is one. */
    public synchronized Set<String> failedHosts() {
        Set<String> hosts = new TreeSet<>();
        if (!recap.isEmpty()) {
            recap.values().stream().filter(HostRecap::hasProblems).forEach(h -> hosts.add(h.host()));
        } else {
            hostStates.forEach((h, s) -> {
                if (s == HostState.FAILED || s == HostState.UNREACHABLE) {
                    hosts.add(h);
                }
            });
        }
        return hosts;
    }

    /** How many failures {@link #failures()} holds. */
    public synchronized int failureCount() {
        return failures.size();
    }

    /** Failures past {@link #FAILURES_KEPT}: counted, in the log only. */
    public synchronized int failuresNotKept() {
        return failuresNotKept;
    }

    /** Diffs past {@link #DIFFS_KEPT} of them or {@link #DIFF_CHARS_KEPT} characters: counted, in the log only. */
    public synchronized int diffsNotKept() {
        return diffsNotKept;
    }

    /** Once for each limit, right after the run passes it: a line that says so; otherwise empty. */
    synchronized String takeLimitNotice() {
        if (failuresNotKept > 0 && !failuresNoticed) {
            failuresNoticed = true;
            return String.format(Locale.ROOT, "(More than %,d failures: the list of failures keeps the first %,d; "
                    + "the log has every one.)", FAILURES_KEPT, FAILURES_KEPT);
        }
        if (diffsNotKept > 0 && !diffsNoticed) {
            diffsNoticed = true;
            return String.format(Locale.ROOT, "(More than %,d diffs or %,d characters of them: the diff viewer keeps "
                    + "the ones before this line; the log has every one.)", DIFFS_KEPT, DIFF_CHARS_KEPT);
        }
        return "";
    }

    public synchronized int tasksStarted() {
        return tasksStarted;
    }

    public synchronized RunProgress progress() {
        Instant end = finished != null ? finished : clock.instant();
        // The current task is still running until the run ends.
        int done = finished != null ? tasksStarted : Math.max(0, tasksStarted - 1);
        String current = finished != null ? "" : currentTask;
        return new RunProgress(done, Math.max(tasksPlanned, tasksStarted), current,
                Duration.between(this.started, end));
    }
}
