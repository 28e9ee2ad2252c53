package io.eswizard.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.eswizard.project.ProjectFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Save proposes a .eswiz file named after the project, and the status line says where it went. */
@ExtendWith(ApplicationExtension.class)
class SaveProjectTest {

    @TempDir
    static Path temp;

    private final WizardTestSupport support = new WizardTestSupport();
    private MainWindow window;

    @Start
    void start(Stage stage) throws Exception {
        window = support.open(stage, Files.createTempDirectory(temp, "save"));
    }

    @Test
    void theProposedNameIsTheProjectsWithEswiz() {
        assertEquals("Shop cluster.eswiz", FileDialogs.projectFileName("Shop cluster"));
        assertEquals("a-b-c.eswiz", FileDialogs.projectFileName("a/b:c"));
        assertEquals("cluster.eswiz", FileDialogs.projectFileName(" ../ "));
        assertEquals(Path.of("/x/shop.eswiz"), FileDialogs.withProjectExtension(Path.of("/x/shop")));
        assertEquals(Path.of("/x/shop.yaml"), FileDialogs.withProjectExtension(Path.of("/x/shop.yaml")));
        assertTrue(FileDialogs.PROJECT_FILES.getExtensions().get(0).endsWith(".eswiz"));
    }

    @Test
    void theStatusLineConfirmsASaveAndClearsOnTheNextEdit(FxRobot robot) throws Exception {
        Label status = robot.lookup("#window-status").queryAs(Label.class);
        assertEquals("", status.getText());
        Path file = temp.resolve("shop.eswiz");
        support.nextSaveFile = file;
        robot.clickOn("#save");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> Files.exists(file) && !status.getText().isEmpty());
        assertTrue(status.getText().startsWith("Saved to " + file + " at "), status.getText());
        assertEquals("New cluster", ProjectFiles.load(file).name());
        assertTrue(status.isVisible() && status.getWidth() > 0, "shown");

        TextField name = robot.lookup("#name").queryAs(TextField.class);
        robot.interact(() -> name.setText("Edited"));
        assertEquals("", status.getText(), "an edit makes the saved state old");
    }
}
