package io.eswizard.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.eswizard.project.ProjectFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.event.Event;
import javafx.scene.Node;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Closing the window with unsaved changes asks Save / Discard / Cancel and does what was chosen. */
@ExtendWith(ApplicationExtension.class)
class ProjectLifecycleTest {

    private static final String ASK = "Save the changes to";

    @TempDir
    static Path temp;

    private final WizardTestSupport support = new WizardTestSupport();
    private MainWindow window;
    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        // the tests close the only window; the toolkit must outlive it
        Platform.setImplicitExit(false);
        this.stage = stage;
        window = support.open(stage, Files.createTempDirectory(temp, "close"));
    }

    @Test
    void cancelAndEscapeKeepTheWindowAndTheEdit(FxRobot robot) throws Exception {
        editName(robot, "Edited cluster");

        requestClose();
        DialogPane ask = WizardTestSupport.waitForDialog(robot, ASK);
        assertTrue(ask.getHeaderText().contains("Edited cluster"), ask.getHeaderText());
        assertNotNull(ask.lookupButton(Dialogs.SAVE));
        assertNotNull(ask.lookupButton(Dialogs.DISCARD));
        robot.clickOn(ask.lookupButton(ButtonType.CANCEL));
        WaitForAsyncUtils.waitForFxEvents();
        assertNull(WizardTestSupport.findDialog(robot, ASK), "Cancel closes the question");
        assertTrue(stage.isShowing(), "Cancel keeps the window open");
        assertKeptEdit();

        // File > Quit asks the same; Escape is Cancel
        Platform.runLater(() -> quitMenuItem().fire());
        DialogPane again = WizardTestSupport.waitForDialog(robot, ASK);
        robot.interact(() -> again.getScene().getWindow().requestFocus());
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertNull(WizardTestSupport.findDialog(robot, ASK), "Escape closes the question");
        assertTrue(stage.isShowing(), "Escape keeps the window open");
        assertKeptEdit();
    }

    @Test
    void discardClosesWithoutSaving(FxRobot robot) throws Exception {
        Path file = temp.resolve("discarded.yaml");
        support.nextSaveFile = file;
        editName(robot, "Thrown away");

        requestClose();
        DialogPane ask = WizardTestSupport.waitForDialog(robot, ASK);
        robot.clickOn(ask.lookupButton(Dialogs.DISCARD));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !stage.isShowing());
        assertFalse(Files.exists(file), "Discard saves nothing");
    }

    @Test
    void saveWritesTheFileThenCloses(FxRobot robot) throws Exception {
        Path file = temp.resolve("saved-on-close.yaml");
        support.nextSaveFile = file;
        editName(robot, "Saved on close");

        requestClose();
        DialogPane ask = WizardTestSupport.waitForDialog(robot, ASK);
        robot.clickOn(ask.lookupButton(Dialogs.SAVE));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !stage.isShowing());
        assertTrue(Files.exists(file), "Save wrote the project");
        assertEquals("Saved on close", ProjectFiles.load(file).name());
    }

    @Test
    void noQuestionWithoutChanges(FxRobot robot) throws Exception {
        assertFalse(window.state().isDirty());
        requestClose();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !stage.isShowing());
        assertNull(WizardTestSupport.findDialog(robot, ASK));
    }

    private void editName(FxRobot robot, String name) {
        assertFalse(stage.getTitle().startsWith("*"), stage.getTitle());
        TextField field = robot.lookup("#name").queryAs(TextField.class);
        robot.interact(() -> field.setText(""));
        robot.clickOn(field).write(name);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(name, window.state().project().name());
        assertTrue(stage.getTitle().startsWith("*" + name), stage.getTitle());
    }

    private void assertKeptEdit() {
        assertTrue(window.state().isDirty(), "the edit is still unsaved");
        assertTrue(stage.getTitle().startsWith("*Edited cluster"), stage.getTitle());
        assertEquals("Edited cluster", ((TextField) stage.getScene().lookup("#name")).getText());
    }

    /** The window manager's close button; not waited for, since the question blocks in showAndWait. */
    private void requestClose() {
        Platform.runLater(() -> Event.fireEvent(stage, new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST)));
    }

    private javafx.scene.control.MenuItem quitMenuItem() {
        Node bar = stage.getScene().lookup(".menu-bar");
        return ((javafx.scene.control.MenuBar) bar).getMenus().get(0).getItems().stream()
                .filter(i -> "_Quit".equals(i.getText())).findFirst().orElseThrow();
    }
}
