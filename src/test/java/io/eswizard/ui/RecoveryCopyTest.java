package io.eswizard.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.eswizard.model.field.Field;
import io.eswizard.project.ProjectFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.DialogPane;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Unsaved work is copied to the recovery folder by the window's timer, offered at the next start, and
 * dropped after a save.
 */
@ExtendWith(ApplicationExtension.class)
class RecoveryCopyTest {

    private static final String PASSWORD = "rec0very-Secret";

    @TempDir
    static Path temp;

    private final WizardTestSupport support = new WizardTestSupport();
    private MainWindow window;
    private Path recoveryDir;

    @Start
    void start(Stage stage) throws Exception {
        recoveryDir = Files.createTempDirectory(temp, "recovery");
        support.recoveryInterval = Duration.millis(100);
        window = support.open(stage, recoveryDir, false);
    }

    @Test
    void unsavedEditIsCopiedRestoredAndDroppedAfterSave(FxRobot robot) throws Exception {
        Path written = recoveryDir.resolve("unsaved-project.yaml");
        WaitForAsyncUtils.sleep(500, TimeUnit.MILLISECONDS);
        assertFalse(Files.exists(written), "no copy without unsaved changes");

        robot.interact(() -> window.goToField(Field.SSH_USER.ref()));
        TextField user = robot.lookup("#connection-ssh-user").queryAs(TextField.class);
        robot.interact(() -> user.setText(""));
        robot.clickOn(user).write("recoveryuser");
        robot.interact(() -> window.goToField(Field.DATABASE_HOST.ref()));
        robot.clickOn("#secrets-database-password").write(PASSWORD);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(window.state().isDirty());

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> Files.exists(written));
        // the next start offers the copy that this one left; this window goes on copying into its own folder
        Path leftBehind = Files.createTempDirectory(temp, "left-behind");
        Path copy = Files.writeString(leftBehind.resolve(written.getFileName()), wholeCopy(written));
        assertEquals("recoveryuser", ProjectFiles.load(copy).connection().sshUser());
        assertFalse(Files.readString(copy).contains(PASSWORD), "the recovery copy holds no password");
        support.recoveryInterval = WizardOptions.RECOVERY_INTERVAL;
        Stage[] second = new Stage[1];
        MainWindow[] restarted = new MainWindow[1];
        robot.interact(() -> {
            second[0] = new Stage();
            restarted[0] = support.open(second[0], leftBehind, true);
        });
        try {
            DialogPane offer = WizardTestSupport.waitForDialog(robot, "Restore unsaved work");
            robot.clickOn(offer.lookupButton(Dialogs.RESTORE));
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                    () -> "recoveryuser".equals(restarted[0].state().project().connection().sshUser()));
            WaitForAsyncUtils.waitForFxEvents();
            TextField shown = robot.from(second[0].getScene().getRoot()).lookup("#connection-ssh-user")
                    .queryAs(TextField.class);
            assertEquals("recoveryuser", shown.getText(), "the restored value is on the page");
            assertTrue(second[0].getTitle().startsWith("*"), "restored work is unsaved: " + second[0].getTitle());
            robot.interact(() -> restarted[0].goToField(Field.DATABASE_HOST.ref()));
            assertEquals("", robot.from(second[0].getScene().getRoot()).lookup("#secrets-database-password")
                    .queryAs(TextField.class).getText());
            assertTrue(Files.exists(copy), "restoring keeps the copy until the work is saved");

            Path file = temp.resolve("restored.yaml");
            support.nextSaveFile = file;
            robot.interact(() -> restarted[0].save(ok -> { }));
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> Files.exists(file) && !Files.exists(copy));
            assertEquals("recoveryuser", ProjectFiles.load(file).connection().sshUser());
            WaitForAsyncUtils.waitForFxEvents();
            assertFalse(restarted[0].state().isDirty());
        } finally {
            robot.interact(() -> second[0].hide());
            // the first window's work counts as saved: its timer copies nothing more into the test's folder
            robot.interact(() -> window.state().replace(window.state().project(), null, false));
        }
    }

    /** The copy is written on a background thread, again and again; reads until a whole one parses. */
    private static String wholeCopy(Path file) throws Exception {
        String[] loaded = new String[1];
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> {
            try {
                String text = Files.readString(file);
                Path whole = Files.writeString(temp.resolve("whole-copy.yaml"), text);
                ProjectFiles.load(whole);
                loaded[0] = text;
                return true;
            } catch (Exception e) {
                return false;
            }
        });
        return loaded[0];
    }
}
