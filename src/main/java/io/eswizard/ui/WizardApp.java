package io.eswizard.ui;

import io.eswizard.ansible.LeftoverSecrets;
import java.nio.file.Path;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;

/**
 * The wizard application. Dev switches (system properties): {@code esw.startupProbe=true} prints a
 * line once the first page is painted and exits ({@link FirstPaintSignal});
 * {@code esw.screenshotTour=DIR} walks every page of the sandbox project and screenshots it
 * ({@link ScreenshotTour}), or with {@code esw.tourProject} a run and its verify ({@link RunScreenshotTour}).
 */
public final class WizardApp extends Application {

    public static void launchApp(String[] args) {
        LeftoverSecrets.remove();
        Application.launch(WizardApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        boolean probe = FirstPaintSignal.requested();
        String tour = System.getProperty("esw.screenshotTour");
        WizardOptions options = WizardOptions.standard();
        if (tour != null || probe) {
            options = new WizardOptions(options.preferences(), options.recoveryDir(), options.fileDialogs(), false);
        }
        MainWindow window = new MainWindow(stage, options);
        stage.show();
        if (probe) {
            FirstPaintSignal.whenPainted();
        } else if (tour != null && System.getProperty("esw.tourProject") != null) {
            new RunScreenshotTour(window, Path.of(tour), Path.of(System.getProperty("esw.tourProject")),
                    Path.of(System.getProperty("esw.tourSecrets", "secrets.yaml"))).start();
        } else if (tour != null) {
            new ScreenshotTour(window, Path.of(tour)).start();
        } else if (getParameters().getRaw().size() == 1) {
            Path file = Path.of(getParameters().getRaw().get(0));
            Platform.runLater(() -> window.open(file));
        } else if (options.offerRecovery()) {
            Platform.runLater(window::offerRecovery);
        }
    }
}
