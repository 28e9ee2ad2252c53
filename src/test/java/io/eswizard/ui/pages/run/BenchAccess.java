package io.eswizard.ui.pages.run;

import io.eswizard.ansible.RunListener;
import javafx.application.Platform;

/** Lets the benchmark feed a run into a Run page view model the way the page does. */
public final class BenchAccess {

    /** Longest single drain on the FX thread, in nanoseconds. */
    public static volatile long longestDrainNanos;

    private BenchAccess() {
    }

    public static RunListener feedFor(RunViewModel vm) {
        return new LogFeed(Platform::runLater, batch -> {
            long t = System.nanoTime();
            vm.take(batch);
            longestDrainNanos = Math.max(longestDrainNanos, System.nanoTime() - t);
        }, RunViewModel.LINES_PER_DRAIN);
    }
}
