package io.eswizard.ui.pages.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.eswizard.ansible.AnsibleTools;
import io.eswizard.ansible.HostState;
import io.eswizard.ansible.Operation;
import io.eswizard.ansible.RunHistory;
import io.eswizard.ansible.RunMode;
import io.eswizard.model.ClusterProject;
import io.eswizard.model.ProjectDefaults;
import io.eswizard.model.Secrets;
import io.eswizard.project.ProjectFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import io.eswizard.ansible.RunSummary;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Run page's models: a run, the preflight's refusal, the history; no FX toolkit needed. */
class RunViewModelTest {

    @TempDir
    Path dir;

    // Work handed over after a test ended (a history refresh once its run is done) is dropped, not refused.
    private final ExecutorService background = dropping();
    /** Stands in for the FX thread: one thread that applies every update in order. */
    private final ExecutorService ui = dropping();

    private static ExecutorService dropping() {
        return new java.util.concurrent.ThreadPoolExecutor(1, 1, 0, java.util.concurrent.TimeUnit.SECONDS,
                new java.util.concurrent.LinkedBlockingQueue<>(),
                new java.util.concurrent.ThreadPoolExecutor.DiscardPolicy());
    }

    @AfterEach
    void stop() {
        background.shutdownNow();
        ui.shutdownNow();
    }

    private RunViewModel viewModel(Path projectFile, Secrets secrets, String fakeScript) throws Exception {
        ClusterProject project = ProjectDefaults.localSandbox("run", 1, 1, dir.resolve("sandbox"), true);
        if (projectFile != null) {
            ProjectFiles.save(projectFile, project);
        }
        Path fake = Path.of(getClass().getResource("/fake-ansible/" + fakeScript).toURI());
        Files.setPosixFilePermissions(fake, PosixFilePermissions.fromString("rwxr-xr-x"));
        return new RunViewModel(() -> project, () -> secrets, () -> projectFile, background, ui::execute,
                AnsibleTools.onPath().withPlaybook(fake.toString()));
    }

    /** Runs on the stand-in UI thread and waits for it. */
    private <T> T onUi(Callable<T> read) throws Exception {
        return ui.submit(read).get(10, TimeUnit.SECONDS);
    }

    private void waitUntil(Callable<Boolean> condition) throws Exception {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (!onUi(condition)) {
            assertTrue(System.nanoTime() < end, "timed out");
            Thread.sleep(20);
        }
    }

    @Test
    void anUnsavedProjectOrAMissingPasswordStartsNothing() throws Exception {
        RunViewModel unsaved = viewModel(null, new Secrets("Run-password-1", ""), "apply.sh");
        unsaved.run(RunMode.APPLY);
        assertTrue(unsaved.statusProperty().get().startsWith("Save the project first: a run works from the project's file"));
        unsaved.preflight().run();
        assertTrue(unsaved.statusProperty().get().startsWith("Save the project first: the preflight works"));
        unsaved.history().refresh();
        assertTrue(unsaved.history().runs().isEmpty());
        assertFalse(unsaved.busyProperty().get());

        RunViewModel noPassword = viewModel(dir.resolve("p.eswiz"), Secrets.NONE, "apply.sh");
        noPassword.run(RunMode.APPLY);
        assertEquals("Needed before a run: Database › Application password.", noPassword.statusProperty().get());
        assertFalse(noPassword.busyProperty().get());
    }

    @Test
    void aRunFillsTheLogHostsFailuresAndHistory() throws Exception {
        RunViewModel vm = viewModel(dir.resolve("p.eswiz"), new Secrets("Run-password-1", ""), "apply.sh");
        onUi(() -> {
            vm.showProjectHosts();
            return null;
        });
        assertEquals(HostState.WAITING, onUi(() -> vm.hostStates().get("database")));
        onUi(() -> {
            vm.run(RunMode.APPLY);
            return null;
        });
        assertTrue(onUi(() -> vm.busyProperty().get() && vm.runningProperty().get()));
        waitUntil(() -> vm.lastSummaryProperty().get() != null && !vm.history().runs().isEmpty());
        assertTrue(onUi(() -> vm.log().contains("TASK [Fail]")));
        assertEquals(HostState.FAILED, onUi(() -> vm.hostStates().get("h2")));
        assertEquals(2, (int) onUi(() -> vm.failures().size()));
        assertTrue(onUi(() -> vm.statusProperty().get().startsWith("FAILED")));
        assertFalse(onUi(() -> vm.busyProperty().get() || vm.runningProperty().get()));
        assertEquals(vm.lastRunFolderProperty().get().getFileName().toString(),
                onUi(() -> vm.history().runs().get(0).name()));
    }

    @Test
    void onlyAWholeRunThatSucceededGoesOnToVerify() throws Exception {
        for (String script : List.of("apply-ok.sh", "apply.sh")) {
            RunViewModel vm = viewModel(dir.resolve(script + ".eswiz"), new Secrets("Run-password-1", ""), script);
            List<RunSummary> succeeded = new CopyOnWriteArrayList<>();
            vm.onApplySucceeded(succeeded::add);
            ui.submit(() -> vm.run(RunMode.APPLY)).get();
            waitUntil(() -> vm.lastSummaryProperty().get() != null);
            assertEquals(script.equals("apply-ok.sh") ? 1 : 0, succeeded.size(), script);
            if (!succeeded.isEmpty()) {
                ui.submit(() -> vm.run(RunMode.CHECK)).get();
                waitUntil(() -> !vm.busyProperty().get() && vm.lastSummaryProperty().get() != null
                        && vm.lastSummaryProperty().get().mode() == RunMode.CHECK);
                assertEquals(1, succeeded.size(), "a dry run does not verify");
            }
        }
    }

    @Test
    void aRollingRestartAndARollbackRunTheirPlaybooksAndTheHistorySaysWhich() throws Exception {
        Path projectFile = dir.resolve("p.eswiz");
        RunViewModel vm = viewModel(projectFile, new Secrets("Run-password-1", ""), "leaky.sh");
        onUi(() -> {
            vm.rollingRestart();
            return null;
        });
        waitUntil(() -> vm.lastSummaryProperty().get() != null && !vm.history().runs().isEmpty());
        assertEquals("rolling_restart.yml", onUi(() -> vm.lastSummaryProperty().get().playbook()));
        assertEquals("rolling_restart.yml",
                Files.readAllLines(vm.lastRunFolderProperty().get().resolve("argv.txt")).get(2));

        // That run changed no file: there is nothing to roll back, and the status line says so.
        List<RunHistory.PastRun> past = onUi(() -> List.copyOf(vm.history().runs()));
        List<Operation.Rollback> planned = new java.util.concurrent.CopyOnWriteArrayList<>();
        onUi(() -> {
            vm.history().planRollback(past.get(0), planned::add);
            return null;
        });
        waitUntil(() -> vm.statusProperty().get().contains("nothing to put back"));
        assertEquals(List.of(), planned);
    }
}
