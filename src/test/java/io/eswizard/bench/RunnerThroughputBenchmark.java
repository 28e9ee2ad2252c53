package io.eswizard.bench;

import com.sun.management.GarbageCollectionNotificationInfo;
import io.eswizard.ansible.AnsibleTools;
import io.eswizard.ansible.PlaybookRunner;
import io.eswizard.ansible.RunListener;
import io.eswizard.ansible.RunMode;
import io.eswizard.ansible.RunRequest;
import io.eswizard.ansible.RunSummary;
import io.eswizard.model.ClusterProject;
import io.eswizard.model.ProjectDefaults;
import io.eswizard.model.Secrets;
import io.eswizard.project.ProjectFiles;
import io.eswizard.ui.MainWindow;
import io.eswizard.ui.ProjectActions;
import io.eswizard.ui.ProjectState;
import io.eswizard.ui.WizardContext;
import io.eswizard.ui.WizardStep;
import io.eswizard.ui.WizardSteps;
import io.eswizard.ui.pages.WizardPage;
import io.eswizard.ui.pages.run.RunPage;
import io.eswizard.ui.pages.run.RunViewModel;
import java.io.BufferedWriter;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;
import org.testfx.util.WaitForAsyncUtils;

/**
 * On-demand benchmark (not a test): a fake ansible-playbook prints 1,000,000 lines (JSON events
 * and raw text). Measures (1) lines per second through the runner alone, (2) the gaps between FX
 * pulses while the real Run page (the app's stylesheet, 1280x800, started as its Run button does)
 * takes the same run, (3) heap after the run and a GC. Targets: >= 200,000 lines/s, <= 50 ms,
 * < 256 MB. Run it with the JVM flags the packaged app uses (pom.xml, app.jvm.options).
 *
 * <pre>
 * mvn -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -Xmx512m -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -XX:MetaspaceSize=64m \
 *      -Dglass.platform=Monocle -Dmonocle.platform=Headless -Dprism.order=sw \
 *      -cp target/test-classes:target/classes:$(cat target/cp.txt) io.eswizard.bench.RunnerThroughputBenchmark
 * </pre>
 */
public final class RunnerThroughputBenchmark {

    static final int LINES = 1_000_000;
    /**
     * How many of the wizard's other pages are shown before the Run page, as a user passes them
     * (default: all). 1 = only the start page, the shortest way a user can take (open a project,
     * jump to Run); 0 = the Run page is the first thing the JVM shows, a worst case no user meets:
     * none of the UI code has been compiled yet.
     */
    static final int PAGES_BEFORE = Integer.getInteger("bench.pagesBefore", Integer.MAX_VALUE);
    /** When the measured run began (System.nanoTime), to place long gaps in it. */
    static final long[] runStart = {0};
    /** The packaged launchers' JVM options (pom.xml, app.jvm.options). */
    static final List<String> PACKAGED_APP_FLAGS = List.of("-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
            "-XX:MetaspaceSize=64m");

    private RunnerThroughputBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int lines = args.length > 0 ? Integer.parseInt(args[0]) : LINES;
        List<String> jvmArgs = ManagementFactory.getRuntimeMXBean().getInputArguments();
        if (!jvmArgs.containsAll(PACKAGED_APP_FLAGS)) {
            System.out.println("NOTE: not the packaged app's JVM flags " + PACKAGED_APP_FLAGS);
        }
        Path work = BenchFolders.scratch("esw-bench-");
        Path fake = fakePlaybook(work, lines);
        AnsibleTools tools = AnsibleTools.onPath().withPlaybook(fake.toString());

        // The page first: its first run meets the reader's code uncompiled too, as an app's first run does.
        pagePhase(work, tools, lines);

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


        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(200);
        }
        if (!PROFILE.isEmpty()) {
            PROFILE.entrySet().stream().sorted((a, b) -> Long.compare(b.getValue().sum(), a.getValue().sum()))
                    .limit(150).forEach(e -> System.out.println("PROFILE " + e.getValue().sum() + " " + e.getKey()));
        }
        Runtime rt = Runtime.getRuntime();
        System.out.printf("heap used after the runs + GC: %.1f MB (max %.0f MB)%n",
                (rt.totalMemory() - rt.freeMemory()) / 1048576.0, rt.maxMemory() / 1048576.0);
        Platform.exit();
        System.exit(0);
    }

    /** The same run into the real Run page, started as its Run button does. */
    private static void pagePhase(Path work, AnsibleTools tools, int lines) throws Exception {
        Files.writeString(work.resolve("lines"), Integer.toString(lines));
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();

        ClusterProject project = ProjectDefaults.localSandbox("bench", 1, 1, work.resolve("sandbox"), true);
        ProjectState state = new ProjectState(project);
        Path file = work.resolve("cluster.yaml");
        ProjectFiles.save(file, project);
        state.fileProperty().set(file);
        state.secretsProperty().set(new Secrets("Bench-Secret-1", ""));
        ExecutorService background = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "bench-background");
            t.setDaemon(true);
            return t;
        });

        // Written on the FX thread only; read there too, after the run.
        List<Long> gaps = new ArrayList<>();
        boolean[] measuring = {false};
        long[] last = {0};
        RunPage[] page = new RunPage[1];
        WizardContext context = new WizardContext(state, background, noActions());
        javafx.scene.layout.StackPane holder = new javafx.scene.layout.StackPane();
        onFx(() -> {
            Scene scene = new Scene(holder, 1280, 800);
            scene.getStylesheets().add(MainWindow.class.getResource("wizard.css").toExternalForm());
            Stage stage = new Stage();
            stage.setScene(scene);
            stage.show();
        });
        // As a user comes to the Run page: through (some of) the wizard's other pages first.
        List<WizardStep> before = WizardSteps.all().stream().filter(step -> !step.id().equals("run"))
                .limit(PAGES_BEFORE).toList();
        for (WizardStep step : before) {
            onFx(() -> {
                WizardPage other = step.factory().apply(context);
                holder.getChildren().setAll(other.view());
                other.onShow();
            });
            Thread.sleep(400);
        }
        CountDownLatch shown = new CountDownLatch(1);
        Platform.runLater(() -> {
            page[0] = new RunPage(context, tools);
            holder.getChildren().setAll(page[0].view());
            page[0].onShow();
            // Requests a pulse every frame, so a gap is time the FX thread could not run one.
            new AnimationTimer() {
                @Override
                public void handle(long now) {
                    if (measuring[0] && last[0] != 0) {
                        gaps.add(now - last[0]);
                        if (now - last[0] > 50_000_000L) {
                            System.out.printf("    gap %.1f ms ending %.3f s into the run (JVM uptime %d ms)%n",
                                    (now - last[0]) / 1e6, (now - runStart[0]) / 1e9,
                                    ManagementFactory.getRuntimeMXBean().getUptime());
                        }
                    }
                    last[0] = now;
                    lastPulse = System.nanoTime();
                }
            }.start();
            if (Boolean.getBoolean("bench.stallStacks")) {
                watchStalls(Thread.currentThread());
            }
            if (Boolean.getBoolean("bench.profileFx")) {
                profile(Thread.currentThread());
            }
            shown.countDown();
        });
        shown.await();
        // The page is laid out and painted before the run, as in the app. One collection then moves
        // the page just built (some 20 MB with the software renderer's frame buffers) out of the young
        // generation, as the app's start-up collections do long before a run; left there, copying it
        // made the first two collections of the run take ~100 ms each.
        Thread.sleep(1_000);
        System.gc();
        Thread.sleep(200);

        RunViewModel vm = page[0].viewModel();
        // The first run of a session meets code the JVM has not run yet; the second shows the
        // steady state. Both count: a user's first flood is a first run.
        String how = before.isEmpty() ? " (the Run page alone in a new JVM)"
                : " (after " + before.size() + " of the wizard's other pages)";
        measureRun("first run on the page" + how, vm, lines, gaps, measuring, last);
        measureRun("second run on the page" + how, vm, lines, gaps, measuring, last);
    }

    private static void measureRun(String label, RunViewModel vm, int lines, List<Long> gaps, boolean[] measuring,
                                   long[] last) throws Exception {
        GcWatch gc = new GcWatch();
        CountDownLatch finished = new CountDownLatch(1);
        long[] t1 = new long[1];
        Platform.runLater(() -> {
            vm.lastSummaryProperty().addListener(new javafx.beans.value.ChangeListener<>() {
                @Override
                public void changed(javafx.beans.value.ObservableValue<? extends RunSummary> o, RunSummary was,
                                    RunSummary now) {
                    if (now != null) {
                        vm.lastSummaryProperty().removeListener(this);
                        finished.countDown();
                    }
                }
            });
            gaps.clear();
            last[0] = 0;
            measuring[0] = true;
            t1[0] = System.nanoTime();
            runStart[0] = t1[0];
            vm.run(RunMode.APPLY);
        });
        if (!finished.await(10, TimeUnit.MINUTES)) {
            throw new IllegalStateException("the run did not finish: " + vm.statusProperty().get());
        }
        double uiSecs = (System.nanoTime() - t1[0]) / 1e9;
        // A few more frames: the last lines reach the screen.
        Thread.sleep(300);
        gc.stop();
        CountDownLatch read = new CountDownLatch(1);
        Platform.runLater(() -> {
            measuring[0] = false;
            long[] sorted = gaps.stream().mapToLong(Long::longValue).sorted().toArray();
            long longest = sorted.length == 0 ? 0 : sorted[sorted.length - 1];
            long p99 = sorted.length == 0 ? 0 : sorted[(int) Math.min(sorted.length - 1, sorted.length * 0.99)];
            long over = gaps.stream().filter(g -> g > 50_000_000L).count();
            System.out.printf("%s: %d input lines in %.2f s = %.0f lines/s (including preparing the run folder); "
                            + "on screen %d lines; %s%n", label, lines, uiSecs, lines / uiSecs, vm.log().size(),
                    vm.statusProperty().get());
            System.out.printf("  gaps between FX pulses: %d pulses, longest %.1f ms, 99th percentile %.1f ms, "
                    + "%d over 50 ms%n", sorted.length, longest / 1e6, p99 / 1e6, over);
            read.countDown();
        });
        read.await();
        System.out.printf("  GC during the run: %d pauses, %d ms in all, longest %d ms%n", gc.count, gc.totalMillis,
                gc.longestMillis);
    }

    private static volatile long lastPulse;

    static final java.util.concurrent.ConcurrentHashMap<String, java.util.concurrent.atomic.LongAdder> PROFILE =
            new java.util.concurrent.ConcurrentHashMap<>();

    private static void profile(Thread fx) {
        Thread t = new Thread(() -> {
            Thread renderer = null;
            while (true) {
                try {
                    Thread.sleep(2);
                } catch (InterruptedException e) {
                    return;
                }
                if (renderer == null) {
                    renderer = Thread.getAllStackTraces().keySet().stream()
                            .filter(x -> x.getName().startsWith("QuantumRenderer")).findFirst().orElse(null);
                }
                if (runStart[0] == 0) {
                    continue;
                }
                for (Thread x : renderer == null ? List.of(fx) : List.of(fx, renderer)) {
                    StackTraceElement[] st = x.getStackTrace();
                    java.util.Set<String> seen = new java.util.HashSet<>();
                    String who = x == fx ? "FX " : "RENDER ";
                    PROFILE.computeIfAbsent(who + "TOTAL", k -> new java.util.concurrent.atomic.LongAdder()).increment();
                    if (st.length > 0) {
                        PROFILE.computeIfAbsent(who + "TOP " + st[0].getClassName() + "." + st[0].getMethodName(),
                                k -> new java.util.concurrent.atomic.LongAdder()).increment();
                    }
                    for (StackTraceElement e : st) {
                        String k = who + e.getClassName() + "." + e.getMethodName();
                        if (seen.add(k)) {
                            PROFILE.computeIfAbsent(k, kk -> new java.util.concurrent.atomic.LongAdder()).increment();
                        }
                    }
                }
            }
        }, "bench-profiler");
        t.setDaemon(true);
        t.start();
    }

    /**
     * With -Dbench.stallStacks=true: samples the FX thread's stack every 5 ms while no pulse has
     * run for 30 ms, to show what a long gap is made of.
     */
    private static void watchStalls(Thread fx) {
        Thread t = new Thread(() -> {
            while (true) {
                try {
                    Thread.sleep(5);
                } catch (InterruptedException e) {
                    return;
                }
                long since = System.nanoTime() - lastPulse;
                if (lastPulse != 0 && since > 30_000_000L) {
                    StringBuilder sb = new StringBuilder(String.format("  [stall %.0f ms at %.3f s]", since / 1e6,
                            (System.nanoTime() - runStart[0]) / 1e9));
                    StackTraceElement[] stack = fx.getStackTrace();
                    for (int i = 0; i < Math.min(stack.length, 14); i++) {
                        sb.append("\n      ").append(stack[i]);
                    }
                    System.out.println(sb);
                }
            }
        }, "bench-stall-watch");
        t.setDaemon(true);
        t.start();
    }

    /** Collector pauses while it is installed (ms resolution, as the JVM reports them). */
    private static final class GcWatch {
        volatile int count;
        volatile long totalMillis;
        volatile long longestMillis;
        private volatile boolean on = true;

        GcWatch() {
            for (GarbageCollectorMXBean bean : ManagementFactory.getGarbageCollectorMXBeans()) {
                ((NotificationEmitter) bean).addNotificationListener((n, h) -> {
                    if (!on || !n.getType().equals(GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION)) {
                        return;
                    }
                    long ms = GarbageCollectionNotificationInfo.from((CompositeData) n.getUserData()).getGcInfo()
                            .getDuration();
                    synchronized (this) {
                        count++;
                        totalMillis += ms;
                        longestMillis = Math.max(longestMillis, ms);
                    }
                }, null, null);
            }
        }

        void stop() {
            on = false;
        }
    }

    /** Runs the action on the FX thread and waits for it (TestFX's helper). */
    private static void onFx(Runnable action) throws Exception {
        WaitForAsyncUtils.asyncFx(action).get();
    }

    /** The shell's actions do nothing here. */
    private static ProjectActions noActions() {
        return (ProjectActions) java.lang.reflect.Proxy.newProxyInstance(ProjectActions.class.getClassLoader(),
                new Class<?>[] {ProjectActions.class},
                (proxy, method, args) -> method.getReturnType() == List.class ? List.of() : null);
    }

    private static RunSummary runOnce(AnsibleTools tools, Path work, String name, int lines, RunListener listener)
            throws Exception {
        Files.writeString(work.resolve("lines"), Integer.toString(lines));
        Path folder = Files.createDirectories(work.resolve("run-" + name + "-" + System.nanoTime()));
        return new PlaybookRunner(tools).run(RunRequest.of(folder, RunMode.APPLY)
                .withSecrets("es_cluster_db_password: !unsafe \"bench-secret\"\n", List.of("bench-secret")), listener);
    }

    /**
     * A fake ansible-playbook that cats the first N lines (N in the file "lines" next to it) of a
     * pre-generated stream: per task one task_start, four host results and some raw lines, like a
     * verbose real run. For --list-tasks (the progress estimate) it lists the stream's tasks.
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
        // What --list-tasks prints for the stream's tasks, so the progress bar knows the total as with Ansible.
        Path listing = work.resolve("list-tasks.txt");
        try (BufferedWriter w = Files.newBufferedWriter(listing, StandardCharsets.UTF_8)) {
            w.write("\nplaybook: site.yml\n\n  play #1 (all): Bench\tTAGS: []\n    tasks:\n");
            for (int t = 1; t <= (lines + 9) / 10; t++) {
                w.write("      es_node : Task number " + t + "\tTAGS: []\n");
            }
        }
        Path script = work.resolve("ansible-playbook");
        Files.writeString(script, "#!/bin/bash\n"
                + "for a in \"$@\"; do [ \"$a\" = --list-tasks ] && exec cat '" + listing + "'; done\n"
                + "head -n \"$(cat '" + work.resolve("lines") + "')\" '" + stream + "'\n");
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
        return script;
    }
}
