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
import java.util.List;

/**
 * On-demand benchmark (not a test): the app's runner against plain {@code ansible-playbook} on the
 * same folder — a playbook of many small tasks against this machine. Target: the runner at most
 * 5 % slower in wall time. Alternates the runs to spread machine noise evenly. The folder carries
 * the app's callback plugin next to the playbook, as a run folder does; the plain run keeps
 * Ansible's default output. {@code -Dbench.jsonl=true} adds plain runs with ansible.posix.jsonl.
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

    private RunnerOverheadBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path folder = Files.createTempDirectory("esw-overhead-");
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
        boolean jsonl = Boolean.getBoolean("bench.jsonl");

        List<Double> plain = new ArrayList<>();
        List<Double> plainEvents = new ArrayList<>();
        List<Double> plainJsonl = new ArrayList<>();
        List<Double> runner = new ArrayList<>();
        for (int round = 0; round < ROUNDS; round++) {
            plain.add(plainRun(folder, null));
            plainEvents.add(plainRun(folder, PlaybookRunner.EVENTS_CALLBACK));
            if (jsonl) {
                plainJsonl.add(plainRun(folder, JSONL));
            }
            runner.add(runnerRun(folder));
        }
        double p = median(plain);
        double r = median(runner);
        double e = median(plainEvents);
        System.out.printf("%d tasks, %d rounds, medians: plain ansible-playbook %.2f s, plain with the %s callback "
                + "%.2f s (%+.1f %%), runner %.2f s; runner vs plain %+.1f %% (target <= 5 %%), runner vs plain+callback "
                + "%+.1f %%%n", TASKS, ROUNDS, p, PlaybookRunner.EVENTS_CALLBACK, e, (e / p - 1) * 100, r,
                (r / p - 1) * 100, (r / e - 1) * 100);
        if (jsonl) {
            double j = median(plainJsonl);
            System.out.printf("plain with %s %.2f s (%+.1f %% vs plain)%n", JSONL, j, (j / p - 1) * 100);
        }
        System.out.printf("runs (s): plain %s; callback %s; runner %s%s%n", fmt(plain), fmt(plainEvents), fmt(runner),
                jsonl ? "; jsonl " + fmt(plainJsonl) : "");
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
