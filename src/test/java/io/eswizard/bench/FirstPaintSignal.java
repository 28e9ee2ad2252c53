package io.eswizard.bench;

import io.eswizard.ui.MainWindow;
import io.eswizard.ui.WindowDriver;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.stage.Stage;

/**
 * The start-up probe, a {@link WindowDriver}: once the first page is on screen the app prints
 * {@value #LINE} and exits. StartupBenchmark times a start with it (wall clock, from launching the
 * process to reading this line) and the class-data archive script (packaging/cds/cds-archive.sh) uses it
 * to stop after one start. The app prints no time of its own: the JVM's process start instant on Linux
 * is derived from the boot time in whole seconds and is up to a second early.
 */
public final class FirstPaintSignal implements WindowDriver {

    static final String LINE = "ESW_FIRST_PAINT";

    /**
     * The first frame is rendered during the first pulse after show(); a pulse waits for the previous
     * frame, so the second pulse's start means the page is on screen.
     */
    @Override
    public void drive(Stage stage, MainWindow window) {
        new AnimationTimer() {
            private int pulses;

            @Override
            public void handle(long now) {
                if (++pulses == 2) {
                    stop();
                    System.out.println(LINE);
                    Platform.exit();
                }
            }
        }.start();
    }
}
