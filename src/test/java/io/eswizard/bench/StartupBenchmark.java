package io.eswizard.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * On-demand benchmark (not a test): from process start to the first page painted, for a launcher
 * command (default {@code target/es-cluster-wizard}, the jar's launcher script; for the installed
 * package {@code /usr/bin/es-cluster-wizard}). Each start is a fresh process with a fresh home
 * (no preferences, no recovery copy); the start-up probe ({@link FirstPaintSignal}, through
 * JAVA_TOOL_OPTIONS so any launcher takes it) prints a line and exits once the first page is painted.
 * The figure is wall time taken here, from {@code ProcessBuilder.start()} to that line. Target: under 1.5 s.
 *
 * <pre>
 * mvn -q package -DskipTests &amp;&amp; mvn -q test-compile
 * xvfb-run -a -s "-screen 0 1280x800x24" java -cp target/test-classes io.eswizard.bench.StartupBenchmark [COMMAND...]
 * </pre>
 */
public final class StartupBenchmark {

    /** By name: loading the probe here would need the product's classes on this class path. */
    static final String PROBE = "io.eswizard.bench.FirstPaintSignal";

    private static final int WARMUP = 1;
    private static final int RUNS = Integer.getInteger("runs", 9);

    private StartupBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        List<String> command = args.length > 0 ? Arrays.asList(args) : List.of("target/es-cluster-wizard");
        if (System.getenv("DISPLAY") == null) {
            System.err.println("No DISPLAY: run under xvfb-run (see the class comment).");
            System.exit(2);
        }
        List<Long> wall = new ArrayList<>();
        for (int i = 0; i < WARMUP + RUNS; i++) {
            long ms = startOnce(command);
            if (i >= WARMUP) {
                wall.add(ms);
            }
        }
        System.out.printf("%s: %d starts, process start to first page painted: median %d ms, min %d, max %d; "
                + "target < 1500 ms; load average %s%n",
                String.join(" ", command), RUNS, median(wall), Collections.min(wall), Collections.max(wall),
                loadAverage());
    }

    /** One start: wall ms from starting the process to the app's first-paint line. */
    private static long startOnce(List<String> command) throws Exception {
        Path home = Files.createTempDirectory("esw-startup-");
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        pb.environment().put("HOME", home.toString());
        pb.environment().put("JAVA_TOOL_OPTIONS", probeOptions() + " -Duser.home=" + home);
        long t0 = System.nanoTime();
        Process p = pb.start();
        long wallMs = -1;
        StringBuilder output = new StringBuilder();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = out.readLine()) != null; ) {
                output.append(line).append('\n');
                if (line.equals(FirstPaintSignal.LINE) && wallMs < 0) {
                    wallMs = (System.nanoTime() - t0) / 1_000_000;
                }
            }
        }
        int exit = p.waitFor();
        BenchFolders.delete(home);
        if (wallMs < 0 || exit != 0) {
            throw new IllegalStateException("the app did not report its first page (exit " + exit + "):\n" + output);
        }
        return wallMs;
    }

    /**
     * The JVM options that turn the probe on in any launcher: the driver and, since a launcher's class path
     * holds only the product, the folder the test classes are in.
     */
    private static String probeOptions() throws Exception {
        Path classes = Path.of(StartupBenchmark.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        return "-Desw.driver=" + PROBE + " -Desw.driverPath=" + classes;
    }

    private static long median(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (IOException e) {
            return "?";
        }
    }
}
