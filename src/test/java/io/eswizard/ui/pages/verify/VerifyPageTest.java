package io.eswizard.ui.pages.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.eswizard.model.ClusterProject;
import io.eswizard.model.ProjectDefaults;
import io.eswizard.model.Secrets;
import io.eswizard.model.field.Field;
import io.eswizard.project.ProjectFiles;
import io.eswizard.ui.ProjectState;
import io.eswizard.ui.Theme;
import io.eswizard.ui.components.TopologyView;
import io.eswizard.ui.pages.StandalonePage;
import io.eswizard.verify.VerifyCheck;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Verify step against a captured verify.yml run of a 3+3 sandbox whose MariaDB and NGINX were stopped
 * (the fake ansible-playbook replays it): red and green checks, causes, links to the settings that fix
 * them, the picture coloured per machine.
 */
@ExtendWith(ApplicationExtension.class)
class VerifyPageTest {

    @TempDir
    static Path dir;

    final ExecutorService background = Executors.newSingleThreadExecutor();
    StandalonePage page;
    VerifyPage verify;

    @Start
    void start(Stage stage) throws Exception {
        ClusterProject project = ProjectDefaults.localSandbox("demo", 3, 3, dir.resolve("sandbox"), true);
        ProjectState state = new ProjectState(project);
        Path file = Files.createDirectories(dir.resolve("p" + System.nanoTime())).resolve("cluster.yaml");
        ProjectFiles.save(file, project);
        state.fileProperty().set(file);
        state.secretsProperty().set(new Secrets("Run-password-1", ""));
        page = new StandalonePage(state, background);
        verify = new VerifyPage(page.context, StandalonePage.fakeAnsible("verify-fail.sh"));
        stage.setScene(new Scene((javafx.scene.Parent) verify.view(), 1024, 700));
        Theme.LIGHT.apply(stage.getScene());
        stage.show();
        verify.onShow();
    }

    @AfterEach
    void stop() {
        background.shutdownNow();
    }

    @Test
    void failedChecksShowTheirCauseAndTheSettingThatFixesItOnAPictureColouredPerMachine(FxRobot robot)
            throws Exception {
        robot.clickOn("#verifyButton");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> verify.viewModel().reportProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();
        ListView<VerifyCheck> list = robot.lookup("#verifyChecks").queryListView();
        List<VerifyCheck> checks = verify.viewModel().checks();
        assertEquals(checks.size(), list.getItems().size());
        assertEquals(checks.stream().filter(c -> !c.ok()).toList(), list.getItems().stream().filter(c -> !c.ok())
                .toList(), "in the order they came");
        assertTrue(checks.stream().anyMatch(VerifyCheck::ok) && checks.stream().anyMatch(c -> !c.ok()));
        String status = robot.lookup("#verifyStatus").queryAs(Label.class).getText();
        assertTrue(status.matches("\\d+ of \\d+ checks failed, the first on .*"), status);
        int failed = verify.viewModel().failedProperty().get();
        assertTrue(list.getItems().subList(0, failed).stream().noneMatch(VerifyCheck::ok), "failed checks first");
        assertTrue(robot.lookup("#verifyStatus").queryAs(Label.class).getStyleClass().contains("esw-error"));

        TopologyView picture = robot.lookup("#verify-topology").queryAs(TopologyView.class);
        assertEquals(TopologyView.BoxState.FAILED, picture.stateOf("store-1"), "its database login failed");
        assertEquals(TopologyView.BoxState.FAILED, picture.stateOf("load-balancer"));
        assertTrue(robot.lookup("#topo-store-1").queryAs(javafx.scene.shape.Rectangle.class).getStyleClass()
                .contains("esw-state-failed"));

        robot.clickOn("#verifyOnlyFailed");
        assertTrue(list.getItems().stream().noneMatch(VerifyCheck::ok), "only the failed checks");
        assertEquals(verify.viewModel().failedProperty().get(), list.getItems().size());
        robot.interact(() -> list.scrollTo(0));
        WaitForAsyncUtils.waitForFxEvents();
        Hyperlink link = list.lookupAll(".hyperlink").stream().map(Hyperlink.class::cast)
                .filter(h -> h.getText().equals("Go to " + Field.DATABASE_HOST.ref().label())).findFirst()
                .orElseThrow(() -> new AssertionError("a failed database login links to the database address"));
        robot.interact(link::fire);
        assertEquals(List.of(Field.DATABASE_HOST.ref()), page.fieldsVisited);

        int database = list.getItems().stream().map(VerifyCheck::fieldPath).toList().indexOf("database.host");
        robot.interact(() -> {
            list.getSelectionModel().select(database);
            list.requestFocus();
        });
        robot.type(javafx.scene.input.KeyCode.ENTER);
        assertEquals(List.of(Field.DATABASE_HOST.ref(), Field.DATABASE_HOST.ref()), page.fieldsVisited,
                "Enter on a failed check goes there too");
    }
}
