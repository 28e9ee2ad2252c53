package io.eswizard.ui.pages.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.eswizard.model.AdminAccess;
import io.eswizard.model.ClusterProject;
import io.eswizard.model.ProjectDefaults;
import io.eswizard.model.field.Field;
import io.eswizard.model.field.FieldValues;
import io.eswizard.project.ProjectFiles;
import io.eswizard.ui.ProjectState;
import io.eswizard.ui.pages.StandalonePage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.DialogPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Run asks for every missing password in one dialog (sudo may be none), and an unsaved project offers to save. */
@ExtendWith(ApplicationExtension.class)
class RunPasswordsDialogTest {

    @TempDir
    static Path dir;

    final ExecutorService background = Executors.newSingleThreadExecutor();
    StandalonePage page;
    RunPage run;

    @Start
    void start(Stage stage) throws Exception {
        ClusterProject sandbox = ProjectDefaults.localSandbox("demo", 1, 1, dir.resolve("sandbox"), false);
        ClusterProject project = FieldValues.write(Field.ADMIN_ACCESS, sandbox, AdminAccess.PASSWORD);
        ProjectState state = new ProjectState(project);
        Path file = Files.createDirectories(dir.resolve("p" + System.nanoTime())).resolve("cluster.yaml");
        ProjectFiles.save(file, project);
        state.fileProperty().set(file);
        page = new StandalonePage(state, background);
        run = new RunPage(page.context, StandalonePage.fakeAnsible("apply.sh"));
        stage.setScene(new Scene((javafx.scene.Parent) run.view(), 1024, 700));
        io.eswizard.ui.Theme.LIGHT.apply(stage.getScene());
        stage.show();
    }

    @AfterEach
    void stop() {
        background.shutdownNow();
    }

    static DialogPane dialog(String id) {
        return Window.getWindows().stream().filter(Window::isShowing)
                .map(w -> w.getScene().getRoot()).filter(r -> r instanceof DialogPane && id.equals(r.getId()))
                .map(DialogPane.class::cast).findFirst().orElse(null);
    }

    @Test
    void oneDialogAsksForEveryMissingPasswordAndTheRunGoesOn(FxRobot robot) throws Exception {
        robot.clickOn("#runButton");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> dialog("passwords-dialog") != null);
        DialogPane pane = dialog("passwords-dialog");
        assertTrue(pane.getHeaderText().contains("before a run"), pane.getHeaderText());
        assertNotNull(pane.lookup("#passwords-app-password"));
        assertNotNull(pane.lookup("#passwords-admin-password"));
        assertNotNull(pane.lookup("#passwords-become-password"));
        javafx.scene.Node go = pane.lookupButton(PasswordsDialog.CONTINUE);
        assertTrue(go.isDisabled(), "nothing typed yet");
        robot.clickOn("#passwords-app-password").write("db pw 'ü\"");
        javafx.scene.control.Label note = (javafx.scene.control.Label) pane.lookup("#passwords-app-password-note");
        assertTrue(note.isVisible() && note.getText().contains("has 9 characters"), note.getText());
        robot.write(" long");
        assertFalse(note.isVisible(), "14 characters are enough: " + note.getText());
        robot.clickOn("#passwords-admin-password").write("admin");
        robot.clickOn("#passwords-no-sudo");
        assertTrue(go.isDisabled(), "the admin password is too short");
        robot.clickOn("#passwords-no-sudo");
        robot.clickOn("#passwords-admin-password").write(" password");
        assertTrue(go.isDisabled(), "the sudo password is neither typed nor said to be none");
        robot.clickOn("#passwords-no-sudo");
        assertTrue(pane.lookup("#passwords-become-password").isDisabled());
        assertTrue(!go.isDisabled(), "passwordless sudo is an answer");
        robot.clickOn(go);
        RunAsksFirstTest.confirmThePlan(robot);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> run.viewModel().lastSummaryProperty().get() != null);
        assertEquals("db pw 'ü\" long", page.state.secretsProperty().get().databasePassword());
        assertEquals("admin password", page.state.secretsProperty().get().databaseAdminPassword());
        assertEquals("", page.state.secretsProperty().get().becomePassword());
        assertTrue(page.state.sudoAnsweredProperty().get());
        assertTrue(run.viewModel().log().contains("TASK [Fail]"), "the run went on");

        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#preflightButton");
        WaitForAsyncUtils.sleep(300, TimeUnit.MILLISECONDS);
        assertNull(dialog("passwords-dialog"), "answered once for the session");
    }

    @Test
    void anUnsavedProjectOffersToSaveFirstAndTheTooltipSaysWhy(FxRobot robot) throws Exception {
        robot.interact(() -> page.state.fileProperty().set(null));
        javafx.scene.control.Button preflight = robot.lookup("#preflightButton").queryButton();
        assertTrue(preflight.getTooltip().getText().contains("Save the project first"),
                preflight.getTooltip().getText());
        robot.clickOn(preflight);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> findSaveDialog() != null);
        DialogPane save = findSaveDialog();
        assertTrue(save.getContentText().startsWith("Save the project first: the preflight works"),
                save.getContentText());
        robot.clickOn(save.lookupButton(ActionGate.SAVE_NOW));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, page.saveRequests.size(), "Save now saves");
        robot.interact(() -> page.saveRequests.get(0).accept(false));
        assertNull(findSaveDialog());
        assertTrue(!run.viewModel().busyProperty().get(), "not saved: nothing runs");
    }

    private static DialogPane findSaveDialog() {
        return Window.getWindows().stream().filter(Window::isShowing).map(w -> w.getScene().getRoot())
                .filter(r -> r instanceof DialogPane d && "Save the project first".equals(d.getHeaderText()))
                .map(DialogPane.class::cast).findFirst().orElse(null);
    }
}
