package io.eswizard.ui;

import java.nio.file.Path;
import javafx.animation.AnimationTimer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;

/**
 * The wizard application. Dev switches (system properties): {@code esw.startupProbe=true}
 * prints the time from process start until the first page is painted and exits;
 * {@code esw.screenshotTour=DIR} walks every page of the sandbox project and screenshots it.
 */
public final class WizardApp extends Application {

    /** From the process start (java.base only: the packaged runtime has no java.management). */
    private static long sinceProcessStart() {
        return ProcessHandle.current().info().startInstant()
                .map(start -> System.currentTimeMillis() - start.toEpochMilli()).orElse(-1L);
    }

    public static void launchApp(String[] args) {
        if (Boolean.getBoolean("esw.startupProbe")) {
            System.out.println("ESW_PHASE main=" + sinceProcessStart());
        }
        Application.launch(WizardApp.class, args);
    }

    /**
     * The first frame is rendered during the first pulse after show(); a pulse waits for the previous
     * frame, so the second pulse's start means the page is on screen.
     */
    private static void reportWhenPainted() {
        new AnimationTimer() {
            private int pulses;

            @Override
            public void handle(long now) {
                if (++pulses == 2) {
                    stop();
                    System.out.println("ESW_STARTUP_MS=" + sinceProcessStart());
                    Platform.exit();
                }
            }
        }.start();
    }

    @Override
    public void start(Stage stage) {
        boolean probe = Boolean.getBoolean("esw.startupProbe");
        if (probe) {
            System.out.println("ESW_PHASE fxStarted=" + sinceProcessStart());
        }
        String tour = System.getProperty("esw.screenshotTour");
        WizardOptions options = WizardOptions.standard();
        if (tour != null || probe) {
            options = new WizardOptions(options.preferences(), options.recoveryDir(), options.fileDialogs(), false);
        }
        MainWindow window = new MainWindow(stage, options);
        if (probe) {
            System.out.println("ESW_PHASE windowBuilt=" + sinceProcessStart());
        }
        stage.show();
        if (probe) {
            reportWhenPainted();
        } else if (tour != null) {
            new ScreenshotTour(window, Path.of(tour)).start();
        } else if (getParameters().getRaw().size() == 1) {
            Path file = Path.of(getParameters().getRaw().get(0));
            Platform.runLater(() -> window.openFile(file));
        } else if (options.offerRecovery()) {
            Platform.runLater(window::offerRecovery);
        }
    }
}
