package io.eswizard;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LauncherTest {

    @Test
    void aSingleExistingProjectFileOpensTheWizard(@TempDir Path dir) throws Exception {
        Path project = Files.writeString(dir.resolve("cluster.eswiz"), "schemaVersion: 1\n");
        assertTrue(Launcher.isProjectFileToOpen(new String[] {project.toString()}));
    }

    @Test
    void commandsMissingFilesAndOtherFilesGoToTheCommandLine(@TempDir Path dir) throws Exception {
        Path notes = Files.writeString(dir.resolve("notes.txt"), "x");
        assertFalse(Launcher.isProjectFileToOpen(new String[] {"validate"}));
        assertFalse(Launcher.isProjectFileToOpen(new String[] {dir.resolve("absent.eswiz").toString()}));
        assertFalse(Launcher.isProjectFileToOpen(new String[] {notes.toString()}));
        assertFalse(Launcher.isProjectFileToOpen(new String[] {"validate", notes.toString()}));
    }
}
