package io.eswizard.bench;

import io.eswizard.ansible.AnsibleTools;
import io.eswizard.model.ClusterProject;
import io.eswizard.model.Secrets;
import io.eswizard.project.ProjectFiles;
import io.eswizard.project.SecretsSource;
import io.eswizard.verify.ClusterVerifier;
import io.eswizard.verify.VerifyReport;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Times a whole verify run (ClusterVerifier: run folder, verify.yml, every check read back) against
 * a configured cluster, e.g. a 3+3 sandbox made with {@code init --preset local} and a run. Run on
 * demand, holding the machine lock (it reaches MariaDB and NGINX):
 * {@code mvn -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt && flock
 * /tmp/esw-machine.lock java -cp target/test-classes:target/classes:$(cat target/cp.txt)
 * io.eswizard.bench.VerifyBenchmark PROJECT SECRETS [ROUNDS]}. Its verify folders are deleted.
 */
public final class VerifyBenchmark {

    private VerifyBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            System.err.println("usage: VerifyBenchmark PROJECT-FILE SECRETS-FILE [ROUNDS]");
            System.exit(2);
        }
        ClusterProject project = ProjectFiles.load(Path.of(args[0]));
        Secrets secrets = SecretsSource.fromFile(Path.of(args[1]));
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        Path runs = BenchFolders.scratch("esw-verify-bench-");
        try {
            ClusterVerifier verifier = new ClusterVerifier(AnsibleTools.onPath(), runs);
            double[] seconds = new double[rounds];
            for (int i = 0; i < rounds; i++) {
                long t0 = System.nanoTime();
                VerifyReport report = verifier.start(project, secrets, c -> { }).await();
                seconds[i] = (System.nanoTime() - t0) / 1e9;
                System.out.printf("round %d: %.2f s, %d checks, %s%n", i + 1, seconds[i], report.checks().size(),
                        report.passed() ? "all passed" : report.failed().size() + " failed");
            }
            Arrays.sort(seconds);
            System.out.printf("verify of %s (%d nodes), %d rounds: median %.2f s, min %.2f s, max %.2f s%n",
                    project.name(), project.nodes().size(), rounds, seconds[rounds / 2], seconds[0],
                    seconds[rounds - 1]);
        } finally {
            BenchFolders.delete(runs);
        }
    }
}
