package io.eswizard.ui.pages.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.eswizard.ansible.AnsibleTools;
import io.eswizard.ansible.BackupManifest;
import io.eswizard.ansible.Operation;
import io.eswizard.ansible.RunHistory;
import io.eswizard.generate.UnsafeTagYaml;
import io.eswizard.model.ClusterProject;
import io.eswizard.model.ProjectDefaults;
import io.eswizard.model.Secrets;
import io.eswizard.project.ProjectFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Run page's backups: the list, and the tick that turns off backing up before risky runs; no FX toolkit. */
class BackupsViewModelTest {

    @TempDir
    Path dir;

    private final ExecutorService background = Executors.newSingleThreadExecutor();
    private final ExecutorService ui = Executors.newSingleThreadExecutor();

    @AfterEach
    void stop() {
        background.shutdownNow();
        ui.shutdownNow();
    }

    private RunViewModel viewModel() throws Exception {
        ClusterProject project = ProjectDefaults.localSandbox("shop", 1, 1, dir.resolve("sandbox"), true);
        Path file = dir.resolve("shop.eswiz");
        ProjectFiles.save(file, project);
        Path fake = Path.of(getClass().getResource("/fake-ansible/backup.sh").toURI());
        Files.setPosixFilePermissions(fake, PosixFilePermissions.fromString("rwxr-xr-x"));
        Secrets secrets = new Secrets("Backup-password-1", "");
        return new RunViewModel(() -> project, () -> secrets, () -> file, background, ui::execute,
                AnsibleTools.onPath().withPlaybook(fake.toString()));
    }

    @Test
    void theBackupsAreListedOffTheUiThread() throws Exception {
        RunViewModel vm = viewModel();
        CompletableFuture<List<BackupManifest>> shown = new CompletableFuture<>();
        ui.submit(() -> vm.backups().list(shown::complete)).get();
        List<BackupManifest> backups = shown.get(30, TimeUnit.SECONDS);
        assertEquals(List.of("20260301-101500", "20260302-090000"), backups.stream().map(BackupManifest::id).toList());
        assertEquals("before teardown --drop-databases", backups.get(0).reason());
        assertEquals("1.4 MB", backups.get(0).sizeText());
        assertEquals("2 backups on the database machine.", ui.submit(() -> vm.statusProperty().get()).get());
    }

    @Test
    void untickedARemovalThatDropsTheDatabasesTakesNoBackupFirst() throws Exception {
        RunViewModel vm = viewModel();
        assertTrue(vm.backups().backupFirstProperty().get(), "on by default");
        ui.submit(() -> {
            vm.backups().backupFirstProperty().set(false);
            vm.start(new Operation.Teardown(true, false));
        }).get();
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (ui.submit(() -> vm.busyProperty().get()).get()) {
            assertTrue(System.nanoTime() < end, "timed out");
            Thread.sleep(20);
        }
        List<RunHistory.PastRun> runs = RunHistory.ofProject(dir).list();
        assertEquals(1, runs.size());
        Map<String, Object> vars = UnsafeTagYaml.create().load(Files.readString(
                runs.get(0).folder().resolve("inventory/group_vars/all/operation.yml")));
        assertFalse(vars.containsKey("es_backup_reason"), vars.toString());
        assertEquals(true, vars.get("es_teardown_drop_databases"));
    }
}
