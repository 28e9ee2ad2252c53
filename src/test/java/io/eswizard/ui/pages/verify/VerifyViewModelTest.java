package io.eswizard.ui.pages.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.eswizard.ansible.AnsibleTools;
import io.eswizard.ansible.RunMode;
import io.eswizard.ansible.RunSummary;
import io.eswizard.model.ClusterProject;
import io.eswizard.model.ProjectDefaults;
import io.eswizard.model.Secrets;
import io.eswizard.ui.pages.run.RunContext;
import io.eswizard.verify.VerifyCheck;
import io.eswizard.verify.VerifyReport;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Verify step's model without a toolkit: batches, per-machine states, the outcome in words, refusals. */
class VerifyViewModelTest {

    @TempDir
    Path dir;

    private final ExecutorService background = Executors.newSingleThreadExecutor();
    private final ExecutorService ui = Executors.newSingleThreadExecutor();
    private final AtomicInteger uiTasks = new AtomicInteger();
    private final ClusterProject project = ProjectDefaults.localSandbox("v", 3, 3, Path.of("/srv/sb"), true);

    @AfterEach
    void stop() {
        background.shutdownNow();
        ui.shutdownNow();
    }

    private VerifyViewModel model(Secrets secrets, Path file, VerifyViewModel.Verifier verifier) {
        RunContext context = new RunContext(() -> project, () -> secrets, () -> file, () -> false, background,
                task -> {
                    uiTasks.incrementAndGet();
                    ui.execute(task);
                }, AnsibleTools.onPath());
        return new VerifyViewModel(context, verifier);
    }

    private <T> T onUi(Callable<T> read) throws Exception {
        return ui.submit(read).get(10, TimeUnit.SECONDS);
    }

    static VerifyCheck check(String target, boolean ok, String field) {
        return new VerifyCheck("node-https", target, target, target + " answers on its HTTPS port", ok,
                ok ? "" : "nothing listens", field, "");
    }

    static VerifyReport report(List<VerifyCheck> checks) {
        return new VerifyReport(checks, new RunSummary("a", "b", RunMode.APPLY, List.of(), checks.stream()
                .allMatch(VerifyCheck::ok) ? 0 : 2, false, RunSummary.Outcome.SUCCEEDED, Map.of(), 7, List.of(), "", "verify.yml"),
                Path.of("/tmp/v"));
    }

    /** Hands the checks over from a thread of its own, all at once, and reports them when released. */
    static VerifyViewModel.Verifier streaming(List<VerifyCheck> checks, CountDownLatch release) {
        return (p, s, onCheck) -> {
            Thread reader = new Thread(() -> checks.forEach(onCheck));
            reader.start();
            return new VerifyViewModel.Handle() {
                @Override
                public VerifyReport await() {
                    try {
                        reader.join();
                        release.await(10, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    return report(checks);
                }

                @Override
                public void cancel() {
                }
            };
        };
    }

    @Test
    void manyChecksReachTheUiThreadInAFewBatchesAndColourTheirMachines() throws Exception {
        List<VerifyCheck> checks = new ArrayList<>();
        for (int i = 0; i < 2000; i++) {
            checks.add(check("publisher-" + (1 + i % 3), true, ""));
        }
        checks.add(check("store-2", false, "nodes[4].portOffset"));
        checks.add(check("store-1", true, ""));
        checks.add(new VerifyCheck(VerifyViewModel.DATABASE_CHECK, "store-1", "store-1",
                "the application user logs in to WSO2REG_DB", true, "", "", ""));
        CountDownLatch release = new CountDownLatch(1);
        VerifyViewModel vm = model(new Secrets("Run-password-1", ""), dir.resolve("p.eswiz"), streaming(checks, release));
        onUi(() -> {
            vm.start();
            return null;
        });
        assertTrue(onUi(() -> vm.runningProperty().get()));
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (onUi(() -> vm.checks().size()) < checks.size()) {
            assertTrue(System.nanoTime() < end, "timed out");
            Thread.sleep(10);
        }
        assertTrue(uiTasks.get() < checks.size() / 10, "batched: " + uiTasks.get() + " hand-overs for "
                + checks.size() + " checks");
        assertEquals(VerifyViewModel.TargetState.FAILED, onUi(() -> vm.targets().get("store-2")));
        assertEquals(VerifyViewModel.TargetState.OK, onUi(() -> vm.targets().get("publisher-1")));
        assertEquals(VerifyViewModel.TargetState.OK, onUi(() -> vm.targets().get("database")),
                "a node's database login tells about the database too");
        assertEquals(VerifyViewModel.TargetState.RUNNING, onUi(() -> vm.targets().get("load-balancer")),
                "no check about it yet");
        release.countDown();
        end = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (onUi(() -> vm.runningProperty().get())) {
            assertTrue(System.nanoTime() < end, "timed out");
            Thread.sleep(10);
        }
        assertEquals(checks, onUi(() -> List.copyOf(vm.checks())), "every check, in the order they came");
        assertEquals(2002, (int) onUi(() -> vm.passedProperty().get()));
        assertEquals(1, (int) onUi(() -> vm.failedProperty().get()));
        assertFalse(onUi(() -> vm.targets().containsKey("load-balancer")), "a machine nothing checked is not green");
        assertEquals("1 of 2003 checks failed, the first on store-2: store-2 answers on its HTTPS port. Each says what is "
                + "wrong; \"Go to\" opens the setting that fixes it.", onUi(() -> vm.statusProperty().get()));
    }

    @Test
    void aClusterThatPassesSaysWhereToOpenIt() {
        String words = VerifyViewModel.summary(report(List.of(check("store-1", true, ""))), project);
        assertEquals("Your cluster works: all 1 checks passed. Open https://store.es.example.com:8443/store and "
                + "https://publisher.es.example.com:8443/publisher", words);
    }

    @Test
    void anUnsavedProjectOrAMissingPasswordStartsNothingAndSaysWhy() throws Exception {
        Consumer<VerifyCheck> none = c -> { };
        VerifyViewModel.Verifier refuse = (p, s, onCheck) -> {
            throw new AssertionError("must not start");
        };
        VerifyViewModel unsaved = model(new Secrets("Run-password-1", ""), null, refuse);
        onUi(() -> {
            unsaved.start();
            return null;
        });
        assertTrue(onUi(() -> unsaved.statusProperty().get()).startsWith("Save the project first: verify works"));
        VerifyViewModel noPassword = model(Secrets.NONE, dir.resolve("p.eswiz"), refuse);
        onUi(() -> {
            noPassword.start();
            return null;
        });
        assertEquals("Needed before verify: Database › Application password.",
                onUi(() -> noPassword.statusProperty().get()));
        assertFalse(onUi(() -> noPassword.runningProperty().get()));
        none.accept(null);
    }
}
