package io.eswizard.ui;

import io.eswizard.ui.components.Banner;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.Duration;
import org.testfx.util.WaitForAsyncUtils;

/** Opens the real wizard window with temporary preferences, recovery folder and file answers. */
final class WizardTestSupport {

    Path nextSaveFile;
    Path nextExportTarget;
    /** What "Try it on this machine" gets; null shows the real dialog. */
    SandboxChoice nextSandbox;
    /** How often the window copies unsaved work. */
    Duration recoveryInterval = WizardOptions.RECOVERY_INTERVAL;
    /** The preferences of the window last opened. */
    Preferences preferences;
    /** The stage of the window last opened. */
    Stage stage;

    MainWindow open(Stage stage, Path tempDir) {
        return open(stage, tempDir.resolve("recovery"), false);
    }

    /** Like WizardApp.start: shows the window, then offers a recovery copy when asked to. */
    MainWindow open(Stage stage, Path recoveryDir, boolean offerRecovery) {
        Preferences prefs = Preferences.userRoot().node("es-cluster-wizard-test-" + System.nanoTime());
        preferences = prefs;
        removeAtExit(prefs);
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
                return Optional.ofNullable(nextExportTarget);
            }

            @Override
            public Optional<SandboxChoice> sandbox(Window owner, SandboxChoice remembered) {
                return nextSandbox == null ? FileDialogs.super.sandbox(owner, remembered) : Optional.of(nextSandbox);
            }
        };
        MainWindow window = new MainWindow(stage, new WizardOptions(prefs, recoveryDir, dialogs, offerRecovery,
                recoveryInterval));
        this.stage = stage;
        stage.show();
        if (offerRecovery) {
            javafx.application.Platform.runLater(window::offerRecovery);
        }
        return window;
    }

    /** The banner of the window last opened. */
    Banner banner() {
        return (Banner) stage.getScene().lookup("#banner");
    }

    private static final java.util.List<Preferences> MADE = new java.util.concurrent.CopyOnWriteArrayList<>();

    /** The test's preferences (recent projects, theme, sandbox choice) are gone when the test JVM ends. */
    static void removeAtExit(Preferences prefs) {
        if (MADE.isEmpty()) {
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                for (Preferences p : MADE) {
                    try {
                        p.removeNode();
                    } catch (java.util.prefs.BackingStoreException | IllegalStateException e) {
                        // already gone
                    }
                }
                try {
                    Preferences.userRoot().flush();
                } catch (java.util.prefs.BackingStoreException e) {
                    // nothing more to do while the JVM ends
                }
            }));
        }
        MADE.add(prefs);
    }

    /** Waits past the 150 ms validation debounce. */
    static void waitForValidation() {
        WaitForAsyncUtils.sleep(250, TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Waits for a shown dialog whose header contains the text. */
    static javafx.scene.control.DialogPane waitForDialog(org.testfx.api.FxRobot robot, String header)
            throws java.util.concurrent.TimeoutException {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> findDialog(robot, header) != null);
        WaitForAsyncUtils.waitForFxEvents();
        return findDialog(robot, header);
    }

    /** The shown dialog whose header contains the text, or null. */
    static javafx.scene.control.DialogPane findDialog(org.testfx.api.FxRobot robot, String header) {
        return robot.lookup(".dialog-pane").queryAllAs(javafx.scene.control.DialogPane.class).stream()
                .filter(d -> d.getScene() != null && d.getScene().getWindow() != null
                        && d.getScene().getWindow().isShowing()
                        && d.getHeaderText() != null && d.getHeaderText().contains(header))
                .findFirst().orElse(null);
    }
}
