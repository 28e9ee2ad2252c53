package io.eswizard.bench;

import io.eswizard.ansible.PlaybookRunner;
import io.eswizard.ansible.RunListener;
import io.eswizard.ansible.RunMode;
import io.eswizard.ansible.RunRequest;
import io.eswizard.ansible.RunSummary;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * On-demand benchmark (not a test): the app's runner against plain {@code ansible-playbook} on the
 * same folder — a playbook of many small tasks against this machine. Target: the runner at most
 * 5 % slower in wall time. Rotates the order of the runs each round to spread machine noise evenly.
 * The folder carries the app's callback plugin next to the playbook, as a run folder does; the
 * plain run keeps Ansible's default output. {@code -Dbench.rounds=N} (default 5);
 * {@code -Dbench.jsonl=true} adds plain runs with ansible.posix.jsonl.
 *
 * <pre>
 * mvn -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -cp target/test-classes:target/classes:$(cat target/cp.txt) io.eswizard.bench.RunnerOverheadBenchmark
 * </pre>
 */
public final class RunnerOverheadBenchmark {

    private static final int TASKS = 200;
    private static final int ROUNDS = Integer.getInteger("bench.rounds", 5);
    private static final String JSONL = "ansible.posix.jsonl";
    private static final String PLAIN = "plain";
    private static final String RUNNER = "runner";
    private static final com.sun.management.OperatingSystemMXBean JVM_CPU =
            (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();

    private RunnerOverheadBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path folder = BenchFolders.scratch("esw-overhead-");
        Files.createDirectories(folder.resolve("inventory"));
        Files.writeString(folder.resolve("ansible.cfg"), "[defaults]\ninventory = inventory/hosts.yml\n");
        Files.writeString(folder.resolve("inventory/hosts.yml"), "all:\n  hosts:\n    here:\n"
                + "      ansible_connection: local\n      ansible_python_interpreter: /usr/bin/python3\n");
        StringBuilder play = new StringBuilder("- name: Overhead benchmark\n  hosts: all\n  gather_facts: false\n"
                + "  tasks:\n");
        for (int i = 0; i < TASKS; i++) {
            play.append("    - name: Step ").append(i).append("\n      ansible.builtin.debug:\n        msg: step ")
                    .append(i).append('\n');
        }
        Files.writeString(folder.resolve("bench.yml"), play);
        Path plugin = folder.resolve(PlaybookRunner.CALLBACK_FOLDER).resolve(PlaybookRunner.EVENTS_CALLBACK + ".py");
        Files.createDirectories(plugin.getParent());
        try (var in = RunnerOverheadBenchmark.class.getResourceAsStream(
                "/ansible/" + PlaybookRunner.CALLBACK_FOLDER + "/" + PlaybookRunner.EVENTS_CALLBACK + ".py")) {
            Files.write(plugin, in.readAllBytes());
        }

        List<String> variants = new ArrayList<>(List.of(PLAIN, PlaybookRunner.EVENTS_CALLBACK, RUNNER));
        if (Boolean.getBoolean("bench.jsonl")) {
            variants.add(JSONL);
        }
        Map<String, List<Double>> times = new LinkedHashMap<>();
        variants.forEach(v -> times.put(v, new ArrayList<>()));
        List<Double> runnerCpu = new ArrayList<>();
        for (int round = 0; round < ROUNDS; round++) {
            // Each variant takes each place in the order in turn, so none always runs after the same one.
            for (int i = 0; i < variants.size(); i++) {
                String v = variants.get((round + i) % variants.size());
                if (v.equals(RUNNER)) {
                    long cpu = JVM_CPU.getProcessCpuTime();
                    times.get(v).add(runnerRun(folder));
                    runnerCpu.add((JVM_CPU.getProcessCpuTime() - cpu) / 1e9);
                } else {
                    times.get(v).add(plainRun(folder, v.equals(PLAIN) ? null : v));
                }
            }
        }
        List<Double> plain = times.get(PLAIN);
        double p = median(plain);
        System.out.printf("%d tasks, %d rounds; median wall time, and in brackets the median of the per-round ratio "
                + "to plain (target for the runner: <= +5 %%):%n", TASKS, ROUNDS);
        for (String v : variants) {
            List<Double> xs = times.get(v);
            List<Double> ratios = new ArrayList<>();
            for (int i = 0; i < xs.size(); i++) {
                ratios.add(xs.get(i) / plain.get(i));
            }
            double m = median(xs);
            System.out.printf("  %-32s %.2f s %+6.1f %% (paired %+6.1f %%)   runs: %s%n", label(v), m, (m / p - 1) * 100,
                    (median(ratios) - 1) * 100, fmt(xs));
        }
        // Less sensitive to other load: what the runner itself (this JVM: reader thread, JIT, GC) costs per run.
        System.out.printf("runner's own CPU per run (this JVM): median %.3f s, runs: %s%n", median(runnerCpu),
                fmt(runnerCpu));
    }

    private static String label(String variant) {
        return switch (variant) {
            case PLAIN -> "plain ansible-playbook";
            case RUNNER -> "runner (" + PlaybookRunner.EVENTS_CALLBACK + ")";
            default -> "plain + " + variant;
        };
    }

    /** Plain ansible-playbook, with its default output or with the given stdout callback. */
    private static double plainRun(Path folder, String callback) throws Exception {
        long t = System.nanoTime();
        ProcessBuilder pb = new ProcessBuilder("ansible-playbook", "-i", "inventory/hosts.yml", "bench.yml")
                .directory(folder.toFile()).redirectErrorStream(true)
                .redirectOutput(folder.resolve("plain.log").toFile());
        pb.environment().put("ANSIBLE_CONFIG", folder.resolve("ansible.cfg").toString());
        if (callback != null) {
            pb.environment().put("ANSIBLE_STDOUT_CALLBACK", callback);
        }
        int exit = pb.start().waitFor();
        if (exit != 0) {
            throw new IllegalStateException("plain run failed: " + exit);
        }
        return (System.nanoTime() - t) / 1e9;
    }

    private static double runnerRun(Path folder) throws Exception {
        long t = System.nanoTime();
        RunSummary s = new PlaybookRunner().run(RunRequest.of(folder, RunMode.APPLY).withPlaybook("bench.yml"),
                RunListener.NONE);
        if (s.exitCode() != 0) {
            throw new IllegalStateException("runner run failed: " + s.message());
        }
        return (System.nanoTime() - t) / 1e9;
    }

    private static String fmt(List<Double> xs) {
        return String.join(" ", xs.stream().map(x -> String.format("%.2f", x)).toList());
    }

    private static double median(List<Double> xs) {
        List<Double> sorted = new ArrayList<>(xs);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }
}
