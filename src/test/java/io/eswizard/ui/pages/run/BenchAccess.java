package io.eswizard.ui.pages.run;

import io.eswizard.ansible.RunListener;
import javafx.application.Platform;

/** Lets the benchmark feed a run into a Run page view model the way the page does. */
public final class BenchAccess {

    private BenchAccess() {
    }

    public static RunListener feedFor(RunViewModel vm) {
        return new LogFeed(Platform::runLater, vm::take);
    }
}
