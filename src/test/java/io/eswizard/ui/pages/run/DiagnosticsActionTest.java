package io.eswizard.ui.pages.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.eswizard.model.ClusterProject;
import io.eswizard.model.ProjectDefaults;
import io.eswizard.model.Secrets;
import io.eswizard.project.ProjectFiles;
import io.eswizard.testsupport.BundleLeaks;
import io.eswizard.ui.ProjectState;
import io.eswizard.ui.pages.StandalonePage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.layout.HBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Collect diagnostics… : the ZIP file chosen is written by the same core as the command, and the dialog says so. */
@ExtendWith(ApplicationExtension.class)
class DiagnosticsActionTest {

    @TempDir
    static Path dir;

    final ExecutorService background = Executors.newSingleThreadExecutor();
    DiagnosticsAction action;
    Path out;
    String suggested;

    @Start
    void start(Stage stage) throws Exception {
        Path folder = Files.createDirectories(dir.resolve("p" + System.nanoTime()));
        ClusterProject project = ProjectDefaults.localSandbox("demo", 2, 2, folder.resolve("sandbox"), true);
        ProjectState state = new ProjectState(project);
        Path file = folder.resolve("cluster.yaml");
        ProjectFiles.save(file, project);
        state.fileProperty().set(file);
        state.secretsProperty().set(new Secrets("Ui-Passw0rd-diag", ""));
        StandalonePage page = new StandalonePage(state, background);
        out = folder.resolve("chosen.zip");
        ActionGate gate = new ActionGate(page.context, a -> new RunReadiness.Ready());
        action = new DiagnosticsAction(page.context, StandalonePage.fakeAnsible("diagnose.sh"), gate, (owner, name) -> {
            suggested = name;
            return Optional.of(out);
        });
        Button button = action.button(RunReadiness.Action.RUN);
        stage.setScene(new Scene(new HBox(button), 400, 100));
        stage.show();
    }

    @AfterEach
    void stop() {
        background.shutdownNow();
    }

    @Test
    void theChosenZipIsWrittenWithoutThePasswordAndTheDialogNamesItAndTheMachineLeftOut(FxRobot robot)
            throws Exception {
        robot.clickOn("#diagnoseButton");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        DialogPane dialog = robot.lookup(".dialog-pane").queryAs(DialogPane.class);

        assertEquals("Diagnostics bundle written", dialog.getHeaderText());
        assertTrue(dialog.getContentText().startsWith(out.toString()), dialog.getContentText());
        assertTrue(dialog.getContentText().contains("Not gathered:\nstore-2 (127.0.0.14): unreachable"),
                dialog.getContentText());
        assertTrue(suggested.matches("demo-diagnostics-\\d{4}-\\d\\d-\\d\\d\\.zip"), suggested);
        Map<String, byte[]> bundle = BundleLeaks.unzip(out);
        assertEquals(List.of(), BundleLeaks.leaks(bundle, List.of("Ui-Passw0rd-diag")));
        assertTrue(new String(bundle.get("README.txt"), StandardCharsets.UTF_8).contains(
                "Command: Collect diagnostics… in the wizard, the same as: es-cluster-wizard diagnose "));
        robot.interact(() -> ((Stage) dialog.getScene().getWindow()).close());
    }
}
