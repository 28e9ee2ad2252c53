package io.eswizard.ui.pages.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.eswizard.ansible.AnsibleTools;
import io.eswizard.ansible.RunSummary;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Saving the log writes the run's full log file when there is one, else the lines on screen. */
class SaveLogTest {

    private static RunViewModel viewModel(Path dir) {
        return new RunViewModel(() -> null, () -> null, () -> dir.resolve("p.eswiz"), Runnable::run, Runnable::run,
                AnsibleTools.onPath());
    }

    @Test
    void theFullLogOfTheLastRunIsSavedNotJustTheScreen(@TempDir Path dir) throws Exception {
        RunViewModel vm = viewModel(dir);
        Path runFolder = Files.createDirectories(dir.resolve("run"));
        Files.writeString(runFolder.resolve(RunSummary.LOG_FILE), "line 1\nline 2\nline 3\n");
        vm.take(new LogFeed.Batch(List.of("line 3"), null, null));
        vm.lastRunFolderProperty().set(runFolder);

        Path target = dir.resolve("saved.log");
        vm.saveLog(target);

        assertEquals("line 1\nline 2\nline 3\n", Files.readString(target));
        assertTrue(vm.statusProperty().get().startsWith("Log saved to"), vm.statusProperty().get());
    }

    @Test
    void withoutARunTheLinesOnScreenAreSaved(@TempDir Path dir) throws Exception {
        RunViewModel vm = viewModel(dir);
        vm.take(new LogFeed.Batch(List.of("preflight: ok", "done"), null, null));

        Path target = dir.resolve("saved.log");
        vm.saveLog(target);

        assertEquals(List.of("preflight: ok", "done"), Files.readAllLines(target));
    }
}
