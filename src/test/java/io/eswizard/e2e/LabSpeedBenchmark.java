package io.eswizard.e2e;

import io.eswizard.ansible.AnsibleTools;
import io.eswizard.ansible.HostRecap;
import io.eswizard.ansible.PlaybookRunner;
import io.eswizard.ansible.ProjectRuns;
import io.eswizard.ansible.RunListener;
import io.eswizard.ansible.RunMode;
import io.eswizard.ansible.RunRequest;
import io.eswizard.ansible.RunSummary;
import io.eswizard.model.Secrets;
import io.eswizard.project.SecretsSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/**
 * The playbook's speed over SSH, on demand (not a test): the lab's 2+2 cluster (every role on its
 * own network-namespace host, SSH as a user whose sudo asks for a password), and in one run the
 * fixed floor of issue 23 over the lab's hosts with a run folder's own ansible.cfg and inventory,
 * a first apply on the fresh hosts, a re-run that must change nothing, a dry run, and the floor
 * again. Prints each time and its ratio to the mean of the two floors, with the load average.
 * Holds MariaDB, NGINX and the lab: run it as root under the machine lock.
 *
 * <pre>
 * mvn -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * flock /tmp/esw-machine.lock java -Dfixtures.dir=../shared/fixtures/wso2 \
 *     -cp target/test-classes:target/classes:$(cat target/cp.txt) io.eswizard.e2e.LabSpeedBenchmark
 * </pre>
 *
 * {@code -Dbench.logs=DIR} keeps each run's output.log there.
 */
public final class LabSpeedBenchmark {

    private static final String SUDO_PASSWORD = "lab sudo: {{ x }} ü";
    private static final String FLOOR = "floor.yml";
    private static final double RERUN_TARGET = 2.0;
    private static final double APPLY_TARGET = 3.5;

    private LabSpeedBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        E2EPrerequisites.require();
        E2EPrerequisites.requireLab();
        MachineState machine = MachineState.take();
        Path root = E2EPrerequisites.tempRoot("esw-e2e-labspeed-");
        Lab lab = null;
        LabCluster cluster = null;
        try {
            lab = Lab.up(LabCluster.labHosts(), SUDO_PASSWORD, root);
            cluster = LabCluster.write(lab, root);
            Secrets secrets = SecretsSource.fromFile(LabCluster.secretsFile(root, "secrets.yml",
                    E2ESandbox.HOSTILE_PASSWORD, SUDO_PASSWORD));
            ProjectRuns runs = ProjectRuns.forProjectFile(AnsibleTools.onPath(), cluster.projectFile);
            String load = io.eswizard.bench.LoadAverage.now();
            Timed floor1 = floor(runs, cluster, secrets, "floor1");
            Timed apply = timed(runs.layOut(cluster.project, secrets, RunMode.APPLY, List.of(), "site.yml"), "apply");
            Timed rerun = timed(runs.layOut(cluster.project, secrets, RunMode.APPLY, List.of(), "site.yml"), "rerun");
            Timed check = timed(runs.layOut(cluster.project, secrets, RunMode.CHECK, List.of(), "site.yml"), "check");
            Timed floor2 = floor(runs, cluster, secrets, "floor2");
            if (rerun.changed() != 0 || check.changed() != 0) {
                throw new IllegalStateException("not idempotent: the re-run changed " + rerun.changed()
                        + " and the dry run " + check.changed());
            }
            double floor = (floor1.seconds() + floor2.seconds()) / 2;
            System.out.printf("lab 2+2 over SSH, load average %s at the start and %s at the end%n", load,
                    io.eswizard.bench.LoadAverage.now());
            System.out.printf("floor %.1f s and %.1f s; first apply %.1f s (changed %d) = %.2fx; re-run %.1f s = %.2fx;"
                    + " dry run %.1f s = %.2fx%n", floor1.seconds(), floor2.seconds(), apply.seconds(), apply.changed(),
                    apply.seconds() / floor, rerun.seconds(), rerun.seconds() / floor, check.seconds(),
                    check.seconds() / floor);
            System.out.printf("re-run / floor: %.2fx (target <= %.1fx %s); first apply / floor: %.2fx (target <= %.1fx"
                    + " %s)%n", rerun.seconds() / floor, RERUN_TARGET, rerun.seconds() / floor <= RERUN_TARGET ? "met"
                    : "MISSED", apply.seconds() / floor, APPLY_TARGET, apply.seconds() / floor <= APPLY_TARGET ? "met"
                    : "MISSED");
        } finally {
            try {
                if (lab != null && cluster != null) {
                    Lab l = lab;
                    LabDatabase.dropProjectData(sql -> l.exec(LabCluster.DATABASE, "", "mysql", "-N", "-e", sql),
                            cluster.project);
                }
            } finally {
                if (lab != null) {
                    lab.close();
                }
                machine.restore();
                if (!Boolean.getBoolean("e2e.keep")) {
                    E2ESandbox.deleteTree(root);
                }
            }
        }
    }

    private record Timed(double seconds, int changed) {
    }

    /** The fixed floor in a run folder of its own, with that folder's ansible.cfg and inventory. */
    private static Timed floor(ProjectRuns runs, LabCluster cluster, Secrets secrets, String label) throws Exception {
        RunRequest request = runs.layOut(cluster.project, secrets, RunMode.APPLY, List.of(), "site.yml");
        io.eswizard.bench.FixedFloor.write(request.runFolder(), FLOOR);
        return timed(request.withPlaybook(FLOOR), label);
    }

    private static Timed timed(RunRequest request, String label) throws Exception {
        long t0 = System.nanoTime();
        RunSummary summary = new PlaybookRunner().run(request, RunListener.NONE);
        double seconds = (System.nanoTime() - t0) / 1e9;
        String logs = System.getProperty("bench.logs");
        if (logs != null) {
            Path dir = Files.createDirectories(Path.of(logs));
            Files.copy(request.runFolder().resolve(RunSummary.LOG_FILE), dir.resolve(label + ".log"),
                    StandardCopyOption.REPLACE_EXISTING);
        }
        if (summary.exitCode() != 0) {
            throw new IllegalStateException(request.playbook() + " (" + label + ") failed: " + summary.message() + "\n"
                    + String.join("\n", summary.lastLines()));
        }
        return new Timed(seconds, summary.recap().values().stream().mapToInt(HostRecap::changed).sum());
    }
}
