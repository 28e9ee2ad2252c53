package io.eswizard.bench;

import io.eswizard.ansible.ProjectRuns;
import io.eswizard.ansible.RunSummary;
import io.eswizard.model.ClusterProject;
import io.eswizard.model.ProjectDefaults;
import io.eswizard.project.ProjectFiles;
import io.eswizard.project.SecretsSource;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * On-demand benchmark (not a test): peak resident memory of the command line while {@code run}
 * streams a flood of events (default 300,000 lines; {@link EventFlood}) from a fake
 * ansible-playbook, each run a fresh child process watched through {@code /proc/PID/status}
 * ({@link PeakMemory}). Measured through the launcher and with plain {@code java -jar}, against
 * floors of the same JVM and flags doing nothing: {@code -version}, and the app's own
 * {@code --version}. Variants take turns within each round. Target: under 200 MB through the launcher.
 *
 * <p>The launcher is the first argument (default {@code target/es-cluster-wizard}; the app image's
 * {@code target/jpackage/image/es-cluster-wizard/bin/es-cluster-wizard-cli} or the installed
 * {@code /usr/bin/es-cluster-wizard} work too), the jar {@code target/es-cluster-wizard.jar}; the script
 * and plain java run on this JVM's java ({@code JAVA_HOME} is set for the launcher).
 * {@code -Dbench.events=N}, {@code -Dbench.rounds=N} (default 3); with the jar's launcher script,
 * {@code -Dbench.opts="A;B"} adds a launcher run per set of extra JVM options (through
 * {@code ES_CLUSTER_WIZARD_JAVA_OPTS}, after the launcher's own), to compare flags in one sitting.
 *
 * <p>Build with the class-data archive, as users get it (it needs Xvfb; {@code -Dcds.skip=true}
 * measures without it); {@code -Ppackage} also makes the app image.
 *
 * <pre>
 * mvn -q -Ppackage package -DskipTests &amp;&amp; mvn -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * target/jpackage/image/es-cluster-wizard/lib/app/cds-archive.sh dump \
 *     target/jpackage/image/es-cluster-wizard/lib/app/es-cluster-wizard.classlist -- target/jpackage/image/es-cluster-wizard/bin/es-cluster-wizard
 * java -cp target/test-classes:target/classes:$(cat target/cp.txt) io.eswizard.bench.CliMemoryBenchmark
 * java -cp target/test-classes:target/classes:$(cat target/cp.txt) io.eswizard.bench.CliMemoryBenchmark \
 *     target/jpackage/image/es-cluster-wizard/bin/es-cluster-wizard-cli
 * </pre>
 */
public final class CliMemoryBenchmark {

    private static final int EVENTS = Integer.getInteger("bench.events", 300_000);
    private static final int ROUNDS = Integer.getInteger("bench.rounds", 3);
    private static final double TARGET_MB = 200;
    private static final String OPTS_ENV = "ES_CLUSTER_WIZARD_JAVA_OPTS";

    private CliMemoryBenchmark() {
    }

    /** One way of starting a child: what it runs, in which environment, and whether it is a run. */
    private record Variant(String name, List<String> command, Map<String, String> env, boolean isRun) {
    }

    /** One measured child. */
    private record Sample(double peakMb, double rssMb, double seconds, String load, String command) {
    }

    public static void main(String[] args) throws Exception {
        Path launcher = Path.of(args.length > 0 ? args[0] : "target/es-cluster-wizard").toAbsolutePath();
        Path jar = Path.of("target/es-cluster-wizard.jar").toAbsolutePath();
        for (Path p : List.of(launcher, jar)) {
            if (!Files.isRegularFile(p)) {
                throw new IllegalStateException(p + " is missing: build it first (see the class comment)");
            }
        }
        String javaHome = System.getProperty("java.home");
        String java = Path.of(javaHome, "bin", "java").toString();

        Path work = BenchFolders.scratch("esw-climem-");
        ClusterProject project = ProjectDefaults.localSandbox("bench", 2, 2, work.resolve("sandbox"),
                "root".equals(System.getProperty("user.name")));
        Path file = work.resolve("bench.eswiz");
        ProjectFiles.save(file, project);
        Path secrets = work.resolve("secrets.yaml");
        Files.writeString(secrets, SecretsSource.DB_PASSWORD_KEY + ": Bench-Secret-1\n"
                + SecretsSource.DB_ADMIN_PASSWORD_KEY + ": Bench-Admin-2\n");
        Files.setPosixFilePermissions(secrets, PosixFilePermissions.fromString("rw-------"));
        Path fake = EventFlood.write(work, EVENTS, ProjectRuns.inventoryHosts(project));
        Path runs = work.resolve("runs");
        List<String> run = List.of("run", file.toString(), "--secrets-file", secrets.toString(), "--ansible-playbook",
                fake.toString(), "--run-dir", runs.toString());

        // The jar's launcher script takes extra JVM options; the native launchers and the .deb's wrapper do not.
        boolean takesOptions = new String(Files.readAllBytes(launcher), StandardCharsets.ISO_8859_1).contains(OPTS_ENV);
        List<Variant> variants = new ArrayList<>();
        if (takesOptions) {
            // The script execs its java with its command-line flags (an argument: not the window's);
            // -version among them makes that JVM print and stop.
            variants.add(new Variant("floor: launcher's JVM and flags, -version",
                    List.of(launcher.toString(), "--version"), Map.of(OPTS_ENV, "-version"), false));
        }
        variants.add(new Variant("floor: launcher --version", List.of(launcher.toString(), "--version"), Map.of(),
                false));
        variants.add(new Variant("run through the launcher", concat(launcher.toString(), run), Map.of(), true));
        for (String opts : System.getProperty("bench.opts", "").split(";")) {
            if (!opts.isBlank() && takesOptions) {
                variants.add(new Variant("run through the launcher + " + opts.strip(),
                        concat(launcher.toString(), run), Map.of(OPTS_ENV, opts.strip()), true));
            }
        }
        variants.add(new Variant("floor: plain java -version", List.of(java, "-version"), Map.of(), false));
        variants.add(new Variant("run with plain java -jar", concat(java, concat("-jar", concat(jar.toString(), run))),
                Map.of(), true));

        Map<Variant, List<Sample>> samples = new LinkedHashMap<>();
        variants.forEach(v -> samples.put(v, new ArrayList<>()));
        System.out.printf("%,d event lines; %d rounds; launcher %s; java %s%n", EVENTS, ROUNDS, launcher, java);
        for (int round = 0; round < ROUNDS; round++) {
            // Each variant takes each place in turn, so none always follows the same one.
            for (int i = 0; i < variants.size(); i++) {
                Variant v = variants.get((round + i) % variants.size());
                Sample s = measure(v, javaHome, work, runs);
                samples.get(v).add(s);
                System.out.printf("  round %d  %-58s %6.1f MB (VmRSS seen %6.1f)  %5.2f s  load %s%n", round + 1,
                        v.name(), s.peakMb(), s.rssMb(), s.seconds(), s.load());
            }
        }

        System.out.printf("%nPeak resident memory (VmHWM), median of %d [all]; target through the launcher < %.0f MB:%n",
                ROUNDS, TARGET_MB);
        for (Variant v : variants) {
            List<Sample> xs = samples.get(v);
            System.out.printf("  %-58s %6.1f MB  [%s]  wall %.2f s%s%n", v.name(), median(xs, Sample::peakMb),
                    fmt(xs, Sample::peakMb), median(xs, Sample::seconds),
                    v.isRun() && v.command().get(0).equals(launcher.toString())
                            ? median(xs, Sample::peakMb) < TARGET_MB ? "  ✔" : "  ✘" : "");
        }
        System.out.println("JVM command lines seen:");
        variants.forEach(v -> System.out.println("  " + v.name() + ": " + samples.get(v).get(0).command()
                + (v.env().isEmpty() ? "" : "   (" + v.env() + ")")));
    }

    private static Sample measure(Variant v, String javaHome, Path work, Path runs) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(v.command()).redirectErrorStream(true)
                .redirectOutput(work.resolve("child.out").toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        pb.environment().put("JAVA_HOME", javaHome);
        pb.environment().remove(OPTS_ENV);
        pb.environment().remove("JAVA_TOOL_OPTIONS");
        pb.environment().putAll(v.env());
        String load = loadAverage();
        long t0 = System.nanoTime();
        Process p = pb.start();
        PeakMemory peak = PeakMemory.watch(p);
        int exit = p.waitFor();
        double seconds = (System.nanoTime() - t0) / 1e9;
        if (exit != 0) {
            throw new IllegalStateException(v.name() + " exited with " + exit + ":\n"
                    + tail(Files.readString(work.resolve("child.out"))));
        }
        if (v.isRun()) {
            checkRunRead(runs);
        }
        return new Sample(peak.peakMb(), peak.sampledRssMb(), seconds, load, peak.command());
    }

    /** The run wrote every event line to its events file; then its folder goes (some 50 MB each). */
    private static void checkRunRead(Path runs) throws IOException {
        List<Path> folders;
        try (Stream<Path> list = Files.list(runs)) {
            folders = list.filter(Files::isDirectory).toList();
        }
        if (folders.size() != 1) {
            throw new IllegalStateException("expected one run folder in " + runs + ", found " + folders);
        }
        long events;
        try (Stream<String> lines = Files.lines(folders.get(0).resolve(RunSummary.EVENTS_FILE))) {
            events = lines.count();
        }
        // The flood's raw warning lines go to the log only.
        if (events < EVENTS * 0.99) {
            throw new IllegalStateException("the run's events file has " + events + " lines of " + EVENTS);
        }
        BenchFolders.delete(runs);
    }

    private static List<String> concat(String first, List<String> rest) {
        List<String> all = new ArrayList<>();
        all.add(first);
        all.addAll(rest);
        return all;
    }

    private static double median(List<Sample> xs, java.util.function.ToDoubleFunction<Sample> f) {
        double[] sorted = xs.stream().mapToDouble(f).sorted().toArray();
        return sorted[sorted.length / 2];
    }

    private static String fmt(List<Sample> xs, java.util.function.ToDoubleFunction<Sample> f) {
        return String.join(" ", xs.stream().map(s -> String.format("%.1f", f.applyAsDouble(s))).toList());
    }

    private static String tail(String text) {
        List<String> lines = Arrays.asList(text.split("\n"));
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 20), lines.size()));
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (IOException e) {
            return "?";
        }
    }
}
