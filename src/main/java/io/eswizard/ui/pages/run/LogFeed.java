package io.eswizard.ui.pages.run;

import io.eswizard.ansible.RunEvent;
import io.eswizard.ansible.RunListener;
import io.eswizard.ansible.RunModel;
import io.eswizard.ansible.RunSummary;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

/**
 * Moves a run from the reader thread to the UI thread without flooding it: lines queue up, and at
 * most one drain is scheduled on the UI thread at a time (the AtomicBoolean), taking the whole
 * batch at once. Drains are also paced: the first line after a quiet spell goes at once, but while
 * output keeps coming the next drain waits until {@code minIntervalMillis} after the previous one,
 * so a flood changes the screen a few times a second rather than on every frame. And a flood reaches
 * the screen at a sustained rate only ({@code linesPerSecond}, with bursts up to one drain's worth,
 * so a long diff still shows whole): lines nobody can read would otherwise pass through the screen
 * by the ten thousand each second, and their churn makes each garbage collection copy megabytes.
 * Event details are not copied: the drain reads the run model's current state.
 */
final class LogFeed implements RunListener {

    /** What one drain hands to the UI thread. */
    record Batch(List<String> lines, RunModel model, RunSummary finished) {
    }

    /** Runs a task after a delay, on any thread but the UI's (the task itself hops to the UI thread). */
    interface Delayer {
        void after(long millis, Runnable task);
    }

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

    /** The JDK's shared delay thread: nothing to start or stop. */
    static final Delayer JDK_DELAYER = (millis, task) ->
            CompletableFuture.delayedExecutor(millis, TimeUnit.MILLISECONDS).execute(task);

    // The waiting lines and the count of those dropped before them change together, under the lock,
    // so a marker always stands where its lines were left out (with a lock-free queue and separate
    // counters, a drain racing the reader could lose a line from between two shown ones).
    private final Object lock = new Object();
    private ArrayDeque<String> waiting = new ArrayDeque<>();
    private long droppedBeforeWaiting;
    private final AtomicBoolean drainScheduled = new AtomicBoolean();
    private final Consumer<Runnable> uiThread;
    private final Consumer<Batch> sink;
    private volatile RunModel model;
    private final AtomicReference<RunSummary> finished = new AtomicReference<>();
    private final int maxLinesPerDrain;
    private final long minIntervalNanos;
    private final Delayer delayer;
    private final LongSupplier nanoClock;
    private final double linesPerNano;
    private volatile long nextDrainNanos;
    // Drain (UI thread) state: the lines the screen may still take now, refilled as time passes.
    private double screenBudget;
    private long lastDrainNanos;
    private long skippedLines;

    /** Paced and limited for the Run page's log (the constants above). */
    static LogFeed forScreen(Consumer<Runnable> uiThread, Consumer<Batch> sink) {
        return new LogFeed(uiThread, sink, LINES_PER_DRAIN, SCREEN_LINES_PER_SECOND, DRAIN_INTERVAL_MILLIS,
                JDK_DELAYER, System::nanoTime);
    }

    /** Unpaced and unlimited: each drain is scheduled as soon as a line follows the previous one. */
    LogFeed(Consumer<Runnable> uiThread, Consumer<Batch> sink, int maxLinesPerDrain) {
        this(uiThread, sink, maxLinesPerDrain, Long.MAX_VALUE, 0, JDK_DELAYER, System::nanoTime);
    }

    /**
     * @param uiThread          runs a task on the UI thread (Platform::runLater)
     * @param sink              receives each batch on the UI thread
     * @param maxLinesPerDrain  the most lines one drain shows (the burst)
     * @param linesPerSecond    the most lines shown per second while output keeps flooding in
     * @param minIntervalMillis least time from one drain to the next
     * @param delayer           holds back a drain that comes too soon
     */
    LogFeed(Consumer<Runnable> uiThread, Consumer<Batch> sink, int maxLinesPerDrain, long linesPerSecond,
            long minIntervalMillis, Delayer delayer, LongSupplier nanoClock) {
        this.uiThread = uiThread;
        this.sink = sink;
        this.maxLinesPerDrain = maxLinesPerDrain;
        this.linesPerNano = linesPerSecond / 1e9;
        this.minIntervalNanos = TimeUnit.MILLISECONDS.toNanos(minIntervalMillis);
        this.delayer = delayer;
        this.nanoClock = nanoClock;
        this.nextDrainNanos = nanoClock.getAsLong();
        this.lastDrainNanos = nextDrainNanos;
        this.screenBudget = maxLinesPerDrain;
    }

    /** Lines that never reached the screen because newer ones replaced them within one drain. */
    long skippedLines() {
        return skippedLines;
    }

    /** Lines from outside a run (preflight, messages) go through the same queue, in order. */
    void post(String line) {
        enqueue(line);
    }

    @Override
    public void onEvent(RunEvent event, RunModel runModel) {
        this.model = runModel;
    }

    @Override
    public void onLine(String line) {
        enqueue(line);
    }

    /**
     * Keeps at most one drain's worth of lines waiting: when output outruns the screen the oldest
     * waiting line is dropped here, on the reader thread, so a drain never chases a growing queue.
     */
    private void enqueue(String line) {
        synchronized (lock) {
            if (waiting.size() >= maxLinesPerDrain) {
                waiting.removeFirst();
                droppedBeforeWaiting++;
            }
            waiting.addLast(line);
        }
        schedule();
    }

    @Override
    public void onFinished(RunSummary summary) {
        finished.set(summary);
        schedule();
    }

    private void schedule() {
        if (drainScheduled.compareAndSet(false, true)) {
            long wait = nextDrainNanos - nanoClock.getAsLong();
            if (wait <= 0) {
                uiThread.accept(this::drain);
            } else {
                delayer.after(Math.max(1, TimeUnit.NANOSECONDS.toMillis(wait)), () -> uiThread.accept(this::drain));
            }
        }
    }

    private void drain() {
        long now = nanoClock.getAsLong();
        nextDrainNanos = now + minIntervalNanos;
        // A rate of a line per nanosecond or more means no limit (the unpaced constructor).
        screenBudget = linesPerNano >= 1 ? maxLinesPerDrain
                : Math.min(maxLinesPerDrain, screenBudget + (now - lastDrainNanos) * linesPerNano);
        lastDrainNanos = now;
        // Cleared before taking the batch: a line added meanwhile schedules the next drain.
        drainScheduled.set(false);
        // The end first: it is reported after the last line, so a batch that carries it carries every
        // line. getAndSet: an end reported meanwhile waits for the next drain instead of being lost.
        RunSummary done = finished.getAndSet(null);
        ArrayDeque<String> newest;
        long skipped;
        synchronized (lock) {
            newest = waiting;
            skipped = droppedBeforeWaiting;
            waiting = new ArrayDeque<>();
            droppedBeforeWaiting = 0;
        }
        // The newest line always shows, so the screen keeps up with where the run is.
        int shown = Math.min(newest.size(), Math.max(1, (int) screenBudget));
        for (int i = newest.size() - shown; i > 0; i--) {
            newest.removeFirst();
            skipped++;
        }
        screenBudget -= shown;
        List<String> batch = new ArrayList<>(newest.size() + 1);
        if (skipped > 0) {
            batch.add("… " + skipped + " lines not shown here (output too fast); the run's log file has them all");
        }
        batch.addAll(newest);
        skippedLines += skipped;
        sink.accept(new Batch(batch, model, done));
    }
}
