package io.eswizard.ui;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.testfx.util.WaitForAsyncUtils;

/** Opens the real wizard window with temporary preferences, recovery folder and file answers. */
final class WizardTestSupport {

    Path nextSaveFile;

    MainWindow open(Stage stage, Path tempDir) {
        Preferences prefs = Preferences.userRoot().node("es-cluster-wizard-test-" + System.nanoTime());
        FileDialogs dialogs = new FileDialogs() {
            @Override
            public Optional<Path> projectToOpen(Window owner) {
                return Optional.empty();
            }

            @Override
            public Optional<Path> projectToSave(Window owner, String suggestedName) {
                return Optional.ofNullable(nextSaveFile);
            }

            @Override
            public Optional<Path> exportTarget(Window owner, String suggestedName, boolean zip) {
                return Optional.empty();
            }
        };
        MainWindow window = new MainWindow(stage, new WizardOptions(prefs, tempDir.resolve("recovery"), dialogs,
                false));
        stage.show();
        return window;
    }

    /** Waits past the 150 ms validation debounce. */
    static void waitForValidation() {
        WaitForAsyncUtils.sleep(250, TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
