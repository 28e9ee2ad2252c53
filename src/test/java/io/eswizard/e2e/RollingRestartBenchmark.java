package io.eswizard.e2e;

import io.eswizard.cli.EsWizardCli;
import io.eswizard.model.ClusterProject;
import io.eswizard.model.HostNames;
import io.eswizard.model.field.Field;
import io.eswizard.model.field.FieldValues;
import io.eswizard.project.ProjectFiles;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Times {@code run FILE --rolling-restart} on a sandbox it sets up itself ({@code init --preset
 * local} with the stand-in packs, then {@code run}), with a browser polling both public names
 * through the load balancer during each round, and takes everything down again as the e2e suites
 * do. Run on demand as root, holding the machine lock:
 * {@code mvn -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt && flock
 * /tmp/esw-machine.lock java -Dfixtures.dir=../shared/fixtures/wso2 -cp
 * target/test-classes:target/classes:$(cat target/cp.txt) io.eswizard.e2e.RollingRestartBenchmark
 * [PUBLISHERS STORES ROUNDS]} (default 3 3 5).
 */
public final class RollingRestartBenchmark {

    private RollingRestartBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int publishers = args.length > 0 ? Integer.parseInt(args[0]) : 3;
        int stores = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        MachineState machine = MachineState.take();
        E2EPrerequisites.stopLeftoverStandIns();
        Path root = E2EPrerequisites.tempRoot("esw-e2e-rolling-bench-");
        ClusterProject project = null;
        try {
            Path packs = Files.createDirectories(root.resolve("packs"));
            Path esZip = E2EPacks.esZip(packs);
            Path file = root.resolve("bench.eswiz");
            cli("init", file.toString(), "--preset", "local", "--publishers", Integer.toString(publishers),
                    "--stores", Integer.toString(stores), "--sandbox", root.resolve("sandbox").toString(),
                    "--es-pack", esZip.toString());
            ClusterProject init = ProjectFiles.load(file);
            Path isZip = E2EPacks.isZip(packs, "wso2is-5.1.0", init.sso().isAddress(), init.sso().isHttpsPort());
            project = FieldValues.write(Field.IS_ZIP, init.withHostNames(new HostNames("publisher.rolling.test",
                    "store.rolling.test")), isZip.toString());
            ProjectFiles.save(file, project);
            Path secrets = VerifyBreakagesE2ETest.secretsFile(root.resolve("secrets.yaml"));
            cli("run", file.toString(), "--secrets-file", secrets.toString());

            Map<String, String> pages = new LinkedHashMap<>();
            pages.put(project.hostNames().publisher(), "/publisher/");
            pages.put(project.hostNames().store(), "/store/");
            double[] seconds = new double[rounds];
            int requests = 0;
            int failed = 0;
            for (int i = 0; i < rounds; i++) {
                LoadBalancerPoller.Seen seen;
                try (LoadBalancerPoller poller = new LoadBalancerPoller(project.loadBalancer().address(),
                        project.loadBalancer().httpsPort(), pages)) {
                    long t0 = System.nanoTime();
                    cli("run", file.toString(), "--rolling-restart", "--secrets-file", secrets.toString());
                    seconds[i] = (System.nanoTime() - t0) / 1e9;
                    seen = poller.stop();
                }
                requests += seen.requests();
                failed += seen.failures().size();
                System.out.printf("round %d: %.1f s, %d requests, %d failed %s%n", i + 1, seconds[i], seen.requests(),
                        seen.failures().size(), seen.failures());
            }
            Arrays.sort(seconds);
            System.out.printf("rolling restart of %d+%d nodes, %d rounds: median %.1f s, min %.1f s, max %.1f s; "
                    + "%d requests through the load balancer, %d failed (load average %s)%n", publishers, stores,
                    rounds, seconds[rounds / 2], seconds[0], seconds[rounds - 1], requests, failed,
                    Files.readString(Path.of("/proc/loadavg")).strip());
        } finally {
            SandboxCleanup.leaveNothingBehind(machine, project, root);
        }
    }

    private static void cli(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = EsWizardCli.run(new PrintWriter(out), new PrintWriter(err), args);
        if (code != 0) {
            throw new IllegalStateException(String.join(" ", args) + " exited with " + code + "\n" + out + err);
        }
    }
}
