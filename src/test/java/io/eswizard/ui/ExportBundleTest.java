package io.eswizard.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.eswizard.model.field.Page;
import io.eswizard.validation.Problem;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Export from the Review page: a folder and a zip with the same playbook; refused while there are errors. */
@ExtendWith(ApplicationExtension.class)
class ExportBundleTest {

    private static final List<String> REQUIRED = List.of("site.yml", "ansible.cfg", "inventory/hosts.yml",
            "files/mysql-connector-java-5.1.49.jar");

    @TempDir
    static Path temp;

    private final WizardTestSupport support = new WizardTestSupport();
    private MainWindow window;

    @Start
    void start(Stage stage) throws Exception {
        window = support.open(stage, Files.createTempDirectory(temp, "export"));
    }

    @Test
    void sandboxExportsToAFolderAndAZip(FxRobot robot) throws Exception {
        support.nextSandbox = new SandboxChoice("", "", temp.resolve("sandbox").toString());
        robot.clickOn("#try-sandbox");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> window.state().fileProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Page.REVIEW, window.navigation().page(window.navigation().current()), "the sandbox lands on Review");
        assertEquals(temp.resolve("sandbox").resolve(SandboxChoice.PROJECT_FILE), window.state().fileProperty().get(),
                "saved in its folder, ready to run");
        robot.interact(() -> window.validateNow());
        List<Problem> errors = window.state().problems().stream().filter(Problem::isError).toList();
        assertTrue(errors.isEmpty(), "the sandbox preset is valid: " + errors);
        goToReview(robot);

        // a folder name typed in the chooser but not made yet: the export makes it
        Path folderParent = Files.createDirectories(temp.resolve("folder-export"));
        Path bundle = folderParent.resolve("typed-new-name");
        support.nextExportTarget = bundle;
        robot.clickOn("#review-export");
        closeDialog(robot, WizardTestSupport.waitForDialog(robot, "Bundle exported"));
        try (Stream<Path> s = Files.list(folderParent)) {
            assertEquals(List.of(bundle), s.toList(), "the bundle is the folder named");
        }
        assertEquals("Bundle exported to " + bundle + ".", robot.lookup("#window-status").queryLabeled().getText());

        // a folder that already holds files is refused, and left as it was
        support.nextExportTarget = folderParent;
        robot.clickOn("#review-export");
        DialogPane full = WizardTestSupport.waitForDialog(robot, "Cannot export the bundle");
        assertTrue(full.getContentText().contains("already holds files"), full.getContentText());
        closeDialog(robot, full);
        try (Stream<Path> s = Files.list(folderParent)) {
            assertEquals(List.of(bundle), s.toList(), "nothing else written");
        }
        Set<String> folderFiles = new TreeSet<>();
        try (Stream<Path> walk = Files.walk(bundle)) {
            walk.filter(Files::isRegularFile).forEach(f -> folderFiles.add(bundle.relativize(f).toString()
                    .replace('\\', '/')));
        }
        for (String required : REQUIRED) {
            assertTrue(folderFiles.contains(required), required + " in " + folderFiles);
        }
        assertTrue(Files.isDirectory(bundle.resolve("roles")));
        assertTrue(folderFiles.stream().anyMatch(f -> f.startsWith("roles/")), "roles/ has files");
        assertTrue(Files.size(bundle.resolve("files/mysql-connector-java-5.1.49.jar")) > 0);

        Path zip = temp.resolve("sandbox-bundle.zip");
        support.nextExportTarget = zip;
        robot.clickOn("#review-export-zip");
        closeDialog(robot, WizardTestSupport.waitForDialog(robot, "Bundle exported"));
        assertTrue(Files.isRegularFile(zip));
        Set<String> zipFiles = new TreeSet<>();
        try (InputStream in = Files.newInputStream(zip); ZipInputStream entries = new ZipInputStream(in)) {
            for (ZipEntry e = entries.getNextEntry(); e != null; e = entries.getNextEntry()) {
                if (!e.isDirectory()) {
                    zipFiles.add(e.getName().substring(e.getName().indexOf('/') + 1));
                }
            }
        }
        assertEquals(folderFiles, zipFiles, "the zip holds the same files as the folder");
    }

    @Test
    void projectWithErrorsIsNotExported(FxRobot robot) throws Exception {
        robot.interact(() -> window.validateNow());
        assertFalse(window.state().problems().stream().noneMatch(Problem::isError),
                "a new project has empty addresses");
        goToReview(robot);

        Path folderParent = Files.createDirectories(temp.resolve("refused-export"));
        Path zip = temp.resolve("refused.zip");
        support.nextExportTarget = folderParent;
        robot.clickOn("#review-export");
        DialogPane refused = WizardTestSupport.waitForDialog(robot, "Cannot export the bundle");
        assertTrue(refused.getContentText().contains("error"), refused.getContentText());
        closeDialog(robot, refused);
        assertTrue(isEmpty(folderParent), "nothing written");

        support.nextExportTarget = zip;
        robot.clickOn("#review-export-zip");
        closeDialog(robot, WizardTestSupport.waitForDialog(robot, "Cannot export the bundle"));
        WaitForAsyncUtils.sleep(300, TimeUnit.MILLISECONDS);
        assertFalse(Files.exists(zip), "no zip written");
        assertNull(WizardTestSupport.findDialog(robot, "Bundle exported"));
    }

    private void goToReview(FxRobot robot) {
        robot.interact(() -> window.showPage(Page.REVIEW));
        WaitForAsyncUtils.waitForFxEvents();
        // the export buttons are at the top of the page, visible without scrolling
    }

    private static void closeDialog(FxRobot robot, DialogPane dialog) {
        robot.clickOn(dialog.lookupButton(ButtonType.OK));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static boolean isEmpty(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.findAny().isEmpty();
        }
    }
}
