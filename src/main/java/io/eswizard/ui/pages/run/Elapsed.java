package io.eswizard.ui.pages.run;

import java.time.Duration;

/** A run's elapsed time as the Run page shows it: h:mm:ss. */
final class Elapsed {

    private Elapsed() {
    }

    static String format(Duration d) {
        long s = d.getSeconds();
        return String.format("%d:%02d:%02d", s / 3600, (s / 60) % 60, s % 60);
    }
}
