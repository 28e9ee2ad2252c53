package io.eswizard.bench;

import io.eswizard.ansible.HostRecap;
import io.eswizard.ansible.PlaybookRunner;
import io.eswizard.ansible.RunListener;
import io.eswizard.ansible.RunMode;
import io.eswizard.ansible.RunSummary;
import io.eswizard.e2e.LoopbackCluster;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The playbook's speed against its floor, on demand (not a test). Each round builds a fresh
 * loopback cluster (3 publishers and 3 stores by default, MariaDB and NGINX already installed) and
 * times, through the app's runner: the fixed floor (seven plays over the same hosts, one ping each,
 * minimal facts in four of them; see {@link FixedFloor}), the first apply, a re-run that must
 * change nothing, a dry run ({@code --check --diff}) of the configured cluster, and the floor again.
 * Prints each round and the medians of the two ratios against the mean of the round's floors:
 * targets re-run at most 2.0x, first apply at most 3.5x. Holds MariaDB and NGINX: run it under the
 * machine lock.
 *
 * <pre>
 * mvn -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * flock /tmp/esw-machine.lock java -cp target/test-classes:target/classes:$(cat target/cp.txt) \
 *     io.eswizard.bench.PlaybookSpeedBenchmark [ROUNDS [PUBLISHERS STORES]]
 * </pre>
 *
 * {@code -Dbench.logs=DIR} keeps each run's output.log there (with
 * {@code ANSIBLE_CALLBACKS_ENABLED=ansible.posix.profile_tasks} in the environment they hold the
 * task times).
 */
public final class PlaybookSpeedBenchmark {

    private static final String FLOOR = FixedFloor.NAME;
    private static final double RERUN_TARGET = 2.0;
    private static final double APPLY_TARGET = 3.5;

    private PlaybookSpeedBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 3;
        int publishers = args.length > 2 ? Integer.parseInt(args[1]) : 3;
        int stores = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        String logs = System.getProperty("bench.logs");
        List<Double> rerunRatios = new ArrayList<>();
        List<Double> applyRatios = new ArrayList<>();
        List<Double> floors = new ArrayList<>();
        List<Double> applies = new ArrayList<>();
        List<Double> reruns = new ArrayList<>();
        List<Double> checks = new ArrayList<>();
        for (int round = 1; round <= rounds; round++) {
            try (LoopbackCluster cluster = LoopbackCluster.create("speed", publishers, stores)) {
                FixedFloor.write(cluster.runFolder(), FLOOR);
                Timed floor1 = run(cluster, FLOOR, RunMode.APPLY, logs, round + "-floor1");
                Timed apply = run(cluster, "site.yml", RunMode.APPLY, logs, round + "-apply");
                Timed rerun = run(cluster, "site.yml", RunMode.APPLY, logs, round + "-rerun");
                Timed check = run(cluster, "site.yml", RunMode.CHECK, logs, round + "-check");
                Timed floor2 = run(cluster, FLOOR, RunMode.APPLY, logs, round + "-floor2");
                if (rerun.changed() != 0 || check.changed() != 0) {
                    throw new IllegalStateException("not idempotent: the re-run changed " + rerun.changed()
                            + " and the dry run " + check.changed());
                }
                double floor = (floor1.seconds() + floor2.seconds()) / 2;
                floors.add(floor);
                applies.add(apply.seconds());
                reruns.add(rerun.seconds());
                checks.add(check.seconds());
                applyRatios.add(apply.seconds() / floor);
                rerunRatios.add(rerun.seconds() / floor);
                System.out.printf("round %d (load %s): floor %.1f s and %.1f s; first apply %.1f s (changed %d)"
                                + " = %.2fx; re-run %.1f s = %.2fx; dry run %.1f s (changed 0)%n", round,
                        LoadAverage.now(), floor1.seconds(), floor2.seconds(), apply.seconds(), apply.changed(), apply.seconds() / floor, rerun.seconds(),
                        rerun.seconds() / floor, check.seconds());
            }
        }
        System.out.printf("load average %s; %d+%d loopback cluster, %d rounds, medians: floor %.1f s,"
                        + " first apply %.1f s, re-run %.1f s, dry run %.1f s%n", LoadAverage.now(), publishers, stores, rounds, median(floors), median(applies),
                median(reruns), median(checks));
        System.out.printf("re-run / floor: %.2fx (target <= %.1fx %s); first apply / floor: %.2fx (target <= %.1fx %s)%n",
                median(rerunRatios), RERUN_TARGET, median(rerunRatios) <= RERUN_TARGET ? "met" : "MISSED",
                median(applyRatios), APPLY_TARGET, median(applyRatios) <= APPLY_TARGET ? "met" : "MISSED");
    }

    private record Timed(double seconds, int changed) {
    }

    private static Timed run(LoopbackCluster cluster, String playbook, RunMode mode, String logs, String label)
            throws Exception {
        long t0 = System.nanoTime();
        RunSummary summary = new PlaybookRunner().run(cluster.request(playbook, mode), RunListener.NONE);
        double seconds = (System.nanoTime() - t0) / 1e9;
        if (logs != null) {
            Path dir = Files.createDirectories(Path.of(logs));
            Files.copy(cluster.runFolder().resolve(RunSummary.LOG_FILE), dir.resolve(label + ".log"),
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        if (summary.exitCode() != 0) {
            throw new IllegalStateException(playbook + " (" + label + ") failed: " + summary.message() + "\n"
                    + String.join("\n", summary.lastLines()));
        }
        return new Timed(seconds, summary.recap().values().stream().mapToInt(HostRecap::changed).sum());
    }

    private static double median(List<Double> values) {
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return sorted.length % 2 == 1 ? sorted[sorted.length / 2]
                : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
    }
}
