package io.eswizard.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.eswizard.model.ClusterProject;
import io.eswizard.model.field.Page;
import io.eswizard.project.ProjectFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The sandbox in three clicks: Try it on this machine, one dialog, Create; then Review, saved and remembered. */
@ExtendWith(ApplicationExtension.class)
class SandboxDialogTest {

    @TempDir
    static Path temp;

    private final WizardTestSupport support = new WizardTestSupport();
    private MainWindow window;

    @Start
    void start(Stage stage) throws Exception {
        window = support.open(stage, Files.createTempDirectory(temp, "sandbox"));
    }

    static DialogPane sandboxDialog() {
        return Window.getWindows().stream().filter(Window::isShowing).map(w -> w.getScene().getRoot())
                .filter(r -> r instanceof DialogPane && "sandbox-dialog".equals(r.getId()))
                .map(DialogPane.class::cast).findFirst().orElse(null);
    }

    private static void set(FxRobot robot, DialogPane pane, String id, String text) {
        TextField field = (TextField) pane.lookup("#" + id);
        robot.interact(() -> field.setText(text));
    }

    @Test
    void oneDialogForTheArchivesAndTheFolderThenReview(FxRobot robot) throws Exception {
        Path es = Files.writeString(temp.resolve("wso2es-2.1.0.zip"), "stand-in");
        Path is = Files.writeString(temp.resolve("wso2is-5.1.0.zip"), "stand-in");
        Path folder = temp.resolve("my-sandbox");
        robot.clickOn("#try-sandbox");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> sandboxDialog() != null);
        DialogPane pane = sandboxDialog();
        javafx.scene.Node create = pane.lookupButton(SandboxDialog.CREATE);
        set(robot, pane, "sandbox-es-zip", temp.resolve("missing.zip").toString());
        Label message = (Label) pane.lookup("#sandbox-message");
        assertTrue(message.getText().contains("does not exist"), message.getText());
        assertTrue(create.isDisabled(), "a missing archive is refused before anything is made");
        set(robot, pane, "sandbox-es-zip", es.toString());
        set(robot, pane, "sandbox-is-zip", is.toString());
        set(robot, pane, "sandbox-folder", temp.resolve("my sandbox").toString());
        assertTrue(message.getText().contains("contains a space"), message.getText());
        assertTrue(create.isDisabled(), "the servers' homes would hold a space");
        set(robot, pane, "sandbox-folder", folder.toString());
        assertFalse(create.isDisabled(), message.getText());
        robot.clickOn(create);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> window.state().fileProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(Page.REVIEW, window.navigation().page(window.navigation().current()));
        Path file = folder.resolve(SandboxChoice.PROJECT_FILE);
        assertEquals(file, window.state().fileProperty().get());
        ClusterProject saved = ProjectFiles.load(file);
        assertEquals(es.toString(), saved.packs().esZip(), "the run unpacks the archives");
        assertEquals(is.toString(), saved.packs().isZip());
        assertTrue(saved.nodes().stream().allMatch(n -> n.esHome().startsWith(folder.toString())));
        WizardTestSupport.waitForValidation();
        assertEquals(java.util.List.of(), window.state().problems(), "no production warnings for a sandbox");
        assertFalse(window.state().isDirty());

        robot.clickOn("#step-start");
        robot.clickOn("#try-sandbox");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> sandboxDialog() != null);
        DialogPane again = sandboxDialog();
        assertEquals(es.toString(), ((TextField) again.lookup("#sandbox-es-zip")).getText(), "remembered");
        assertEquals(folder.toString(), ((TextField) again.lookup("#sandbox-folder")).getText());
        robot.clickOn(again.lookupButton(ButtonType.CANCEL));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(file, window.state().fileProperty().get(), "Cancel changes nothing");
    }
}
