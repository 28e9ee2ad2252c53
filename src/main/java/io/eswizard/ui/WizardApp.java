package io.eswizard.ui;

import io.eswizard.ansible.LeftoverSecrets;
import java.nio.file.Path;
import java.util.Optional;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;

/**
 * The wizard application. A {@link WindowDriver} named by {@code -Desw.driver} (a screenshot tour, the
 * start-up probe) drives the window instead of a person.
 */
public final class WizardApp extends Application {

    public static void launchApp(String[] args) {
        LeftoverSecrets.remove();
        Application.launch(WizardApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        Optional<WindowDriver> driver;
        try {
            driver = WindowDrivers.named(System.getProperties());
        } catch (IllegalArgumentException e) {
            System.err.println("es-cluster-wizard: " + e.getMessage());
            Platform.exit();
            System.exit(2);
            return;
        }
        WizardOptions options = WizardOptions.standard();
        if (driver.isPresent()) {
            options = driver.get().options(options);
        }
        MainWindow window = new MainWindow(stage, options);
        stage.show();
        if (driver.isPresent()) {
            driver.get().drive(stage, window);
        } else if (getParameters().getRaw().size() == 1) {
            Path file = Path.of(getParameters().getRaw().get(0));
            Platform.runLater(() -> window.open(file));
        } else if (options.offerRecovery()) {
            Platform.runLater(window::offerRecovery);
        }
    }
}
