package io.eswizard.bench;

import io.eswizard.ansible.AnsibleTools;
import io.eswizard.ansible.PlaybookRunner;
import io.eswizard.ansible.RunListener;
import io.eswizard.ansible.RunMode;
import io.eswizard.ansible.RunRequest;
import io.eswizard.ansible.RunSummary;
import io.eswizard.ui.pages.run.BenchAccess;
import io.eswizard.ui.pages.run.RunViewModel;
import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.ListView;
import javafx.stage.Stage;

/**
 * On-demand benchmark (not a test): a fake ansible-playbook prints 1,000,000 lines (JSON events
 * and raw text). Measures (1) lines per second through the runner alone, (2) the longest gap
 * between FX pulses while the Run page's view model and a ListView take the same run, (3) heap
 * after the run and a GC. Targets: >= 200,000 lines/s, <= 50 ms, < 256 MB.
 *
 * <pre>
 * mvn -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -Xmx512m -Dglass.platform=Monocle -Dmonocle.platform=Headless -Dprism.order=sw \
 *      -cp target/test-classes:target/classes:$(cat target/cp.txt) io.eswizard.bench.RunnerThroughputBenchmark
 * </pre>
 */
public final class RunnerThroughputBenchmark {

    static final int LINES = 1_000_000;

    private RunnerThroughputBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int lines = args.length > 0 ? Integer.parseInt(args[0]) : LINES;
        Path work = Files.createTempDirectory("esw-bench-");
        Path fake = fakePlaybook(work, lines);
        AnsibleTools tools = AnsibleTools.onPath().withPlaybook(fake.toString());

        // Warm-up, then the measured runner-only run.
        runOnce(tools, work, "warmup", Math.min(lines, 100_000), RunListener.NONE);
        AtomicLong seen = new AtomicLong();
        long t0 = System.nanoTime();
        RunSummary s = runOnce(tools, work, "runner", lines, new RunListener() {
            @Override
            public void onLine(String line) {
                seen.incrementAndGet();
            }
        });
        double secs = (System.nanoTime() - t0) / 1e9;
        System.out.printf("runner only: %d input lines, %d rendered lines in %.2f s = %.0f input lines/s (exit %d)%n",
                lines, seen.get(), secs, lines / secs, s.exitCode());

        // The same run into the Run page's view model and a visible ListView on the FX thread.
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        long[] maxGapNanos = {0};
        long[] last = {0};
        ListView<String>[] view = new ListView[1];
        RunViewModel[] vm = new RunViewModel[1];
        Path project = work.resolve("project.yaml");
        CountDownLatch ready = new CountDownLatch(1);
        Platform.runLater(() -> {
            vm[0] = new RunViewModel(() -> null, () -> null, () -> project, Executors.newSingleThreadExecutor(),
                    Platform::runLater, tools);
            view[0] = new ListView<>(vm[0].log());
            Stage stage = new Stage();
            stage.setScene(new Scene(view[0], 1000, 700));
            stage.show();
            new AnimationTimer() {
                @Override
                public void handle(long now) {
                    if (last[0] != 0) {
                        maxGapNanos[0] = Math.max(maxGapNanos[0], now - last[0]);
                    }
                    last[0] = now;
                }
            }.start();
            ready.countDown();
        });
        ready.await();
        Thread.sleep(500);
        maxGapNanos[0] = 0;
        long t1 = System.nanoTime();
        RunSummary ui = runOnce(tools, work, "ui", lines, BenchAccess.feedFor(vm[0]));
        // Wait for the last drain to reach the screen.
        CountDownLatch drained = new CountDownLatch(1);
        Platform.runLater(drained::countDown);
        drained.await();
        double uiSecs = (System.nanoTime() - t1) / 1e9;
        Thread.sleep(200);
        long[] onScreen = new long[1];
        CountDownLatch read = new CountDownLatch(1);
        Platform.runLater(() -> {
            onScreen[0] = vm[0].log().size();
            read.countDown();
        });
        read.await();
        System.out.printf("run page: %d input lines in %.2f s = %.0f lines/s; on screen %d lines; "
                        + "longest gap between FX pulses %.1f ms (exit %d)%n", lines, uiSecs, lines / uiSecs,
                onScreen[0], maxGapNanos[0] / 1e6, ui.exitCode());
        System.out.printf("longest single drain into the view model: %.1f ms%n",
                io.eswizard.ui.pages.run.BenchAccess.longestDrainNanos / 1e6);

        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(200);
        }
        Runtime rt = Runtime.getRuntime();
        System.out.printf("heap used after the runs + GC: %.1f MB (max %.0f MB)%n",
                (rt.totalMemory() - rt.freeMemory()) / 1048576.0, rt.maxMemory() / 1048576.0);
        Platform.exit();
        System.exit(0);
    }

    private static RunSummary runOnce(AnsibleTools tools, Path work, String name, int lines, RunListener listener)
            throws Exception {
        Path folder = Files.createDirectories(work.resolve("run-" + name + "-" + System.nanoTime()));
        Files.writeString(folder.resolve("lines"), Integer.toString(lines));
        return new PlaybookRunner(tools).run(RunRequest.of(folder, RunMode.APPLY)
                .withSecrets("es_cluster_db_password: !unsafe \"bench-secret\"\n", List.of("bench-secret")), listener);
    }

    /**
     * A fake ansible-playbook that cats the first N lines (N in ./lines) of a pre-generated stream:
     * per task one task_start, four host results and some raw lines, like a verbose real run.
     */
    private static Path fakePlaybook(Path work, int lines) throws Exception {
        Path stream = work.resolve("stream.jsonl");
        try (BufferedWriter w = Files.newBufferedWriter(stream, StandardCharsets.UTF_8)) {
            int n = 0;
            int task = 0;
            while (n < lines) {
                task++;
                w.write("{\"_event\":\"v2_playbook_on_task_start\",\"_timestamp\":\"2026-01-01T00:00:00Z\",\"hosts\":{},"
                        + "\"task\":{\"id\":\"t" + task + "\",\"name\":\"es_node : Task number " + task + "\"}}\n");
                n++;
                for (int h = 1; h <= 4 && n < lines; h++, n++) {
                    w.write("{\"_event\":\"v2_runner_on_ok\",\"_timestamp\":\"2026-01-01T00:00:00Z\",\"hosts\":{\"node-"
                            + h + "\":{\"action\":\"ansible.builtin.lineinfile\",\"changed\":" + (h == 1)
                            + ",\"msg\":\"line replaced\"}},\"task\":{\"id\":\"t" + task
                            + "\",\"name\":\"es_node : Task number " + task + "\"}}\n");
                }
                for (int r = 0; r < 5 && n < lines; r++, n++) {
                    w.write("[WARNING]: raw text line " + n + " that is not JSON, like a deprecation warning\n");
                }
            }
        }
        Path script = work.resolve("ansible-playbook");
        Files.writeString(script, "#!/bin/bash\nhead -n \"$(cat lines)\" '" + stream + "'\n");
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
        return script;
    }
}
