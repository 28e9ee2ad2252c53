package io.eswizard.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.eswizard.cli.EsWizardCli;
import io.eswizard.model.ClusterProject;
import io.eswizard.model.EsNode;
import io.eswizard.model.NodeRole;
import io.eswizard.project.ProjectFiles;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Scaling on separate machines (the lab): a store on a machine of its own joins on the next run,
 * with a grant for its own address and an upstream entry, and taken out of the project it loses
 * both and its server stops; a rolling restart keeps the site answering a browser throughout; a
 * backup, a changed registry row and a restore give the row back, and the nodes come back healthy.
 * Each node reaches MySQL from its own address here, so each has a grant of its own.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LabDayTwoE2ETest {

    private static final String SUDO_PASSWORD = MultiHostE2ETest.SUDO_PASSWORD;
    private static final String NEW_STORE = "store-3";

    private MachineState machine;
    private Lab lab;
    private Path root;
    private LabCluster cluster;
    private ClusterProject project;
    private Path secrets;

    @BeforeAll
    void setUpTheCluster() throws Exception {
        E2EPrerequisites.require();
        E2EPrerequisites.requireLab();
        machine = MachineState.take();
        root = E2EPrerequisites.tempRoot("esw-e2e-labdaytwo-");
        List<String> hosts = new ArrayList<>(LabCluster.labHosts());
        hosts.add(NEW_STORE);
        lab = Lab.up(hosts, SUDO_PASSWORD, root);
        cluster = LabCluster.write(lab, root);
        project = cluster.project;
        secrets = LabCluster.secretsFile(root, "secrets.yml", E2ESandbox.HOSTILE_PASSWORD, SUDO_PASSWORD);
        run(0, "run");
    }

    @AfterAll
    void takeTheLabDown() throws Exception {
        try {
            if (lab != null && project != null) {
                LabDatabase.dropProjectData(sql -> lab.exec(LabCluster.DATABASE, "", "mysql", "-N", "-e", sql), project);
            }
        } finally {
            try {
                if (cluster != null) {
                    StandIns.stopAll(withNewStore(cluster.project));
                }
            } finally {
                if (lab != null) {
                    lab.close();
                }
                if (machine != null) {
                    machine.restore();
                }
                if (root != null && !Boolean.getBoolean("e2e.keep")) {
                    E2ESandbox.deleteTree(root);
                }
            }
        }
    }

    @Test
    @Order(1)
    void aStoreOnAMachineOfItsOwnJoinsWithItsOwnGrantAndUpstreamEntry() throws Exception {
        saveProject(withNewStore(project));
        EsNode store3 = project.node(NEW_STORE).orElseThrow();

        run(0, "run");

        assertTrue(grantedHosts().contains(store3.address()), grantedHosts().toString());
        assertEquals(nodeAddresses(project), grantedHosts());
        assertTrue(upstream().contains(store3.address() + ":" + store3.httpsPort()), upstream().toString());
        assertEquals(MachineState.SERVER_ACCOUNT, ServerProcesses.owner(Path.of(store3.esHome())));
        VerifyCli v = VerifyCli.run(cluster.projectFile, secrets);
        assertEquals(0, v.exitCode(), v.all());
    }

    @Test
    @Order(2)
    void takenOutOfTheProjectItLosesItsGrantAndUpstreamEntryAndStops() throws Exception {
        EsNode store3 = project.node(NEW_STORE).orElseThrow();
        saveProject(project.withNodes(project.nodes().stream().filter(n -> !n.name().equals(NEW_STORE)).toList()));

        run(0, "run");

        assertEquals(nodeAddresses(project), grantedHosts());
        assertFalse(grantedHosts().contains(store3.address()));
        assertEquals(project.nodesWithRole(NodeRole.STORE).map(n -> n.address() + ":" + n.httpsPort()).toList(),
                upstream());
        assertTrue(ServerProcesses.pid(Path.of(store3.esHome())).isEmpty(), "its server stopped");
        VerifyCli v = VerifyCli.run(cluster.projectFile, secrets);
        assertEquals(0, v.exitCode(), v.all());
    }

    @Test
    @Order(3)
    void aRollingRestartKeepsTheSiteAnsweringABrowser() throws Exception {
        Map<String, String> pages = new LinkedHashMap<>();
        pages.put(project.hostNames().publisher(), "/publisher/");
        pages.put(project.hostNames().store(), "/store/");
        LoadBalancerPoller.Seen seen;
        long took;
        try (LoadBalancerPoller poller = new LoadBalancerPoller(project.loadBalancer().address(),
                project.loadBalancer().httpsPort(), pages)) {
            long started = System.nanoTime();
            run(0, "run", "--rolling-restart");
            took = (System.nanoTime() - started) / 1_000_000;
            seen = poller.stop();
        }
        System.out.printf("lab rolling restart of %d nodes: %d ms, %d requests, %d failed%n", project.nodes().size(),
                took, seen.requests(), seen.failures().size());
        assertTrue(seen.requests() > 50, "the poller kept asking: " + seen.requests());
        assertEquals(List.of(), seen.failures());
    }

    @Test
    @Order(4)
    void aBackupRestoresARegistryRowAndTheNodesComeBackHealthy() throws Exception {
        BackupRestoreCheck.run(project, cluster.projectFile, secrets,
                sql -> lab.exec(LabCluster.DATABASE, "", "mysql", "-N", "-e", sql));
    }

    private ClusterProject withNewStore(ClusterProject p) {
        if (p.node(NEW_STORE).isPresent()) {
            return p;
        }
        List<EsNode> nodes = new ArrayList<>(p.nodes());
        nodes.add(EsNode.of(NEW_STORE, NodeRole.STORE, lab.address(NEW_STORE))
                .withEsHome(root.resolve("homes").resolve(NEW_STORE).resolve(E2EPacks.ES_TOP).toString()));
        return p.withNodes(nodes);
    }

    private void saveProject(ClusterProject p) throws Exception {
        project = p;
        ProjectFiles.save(cluster.projectFile, p);
    }

    private void run(int code, String command, String... more) {
        List<String> args = new ArrayList<>(List.of(command, cluster.projectFile.toString()));
        args.addAll(List.of(more));
        args.addAll(List.of("--secrets-file", secrets.toString()));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = EsWizardCli.run(new PrintWriter(out), new PrintWriter(err), args.toArray(String[]::new));
        String all = out + "\n" + err;
        String[] lines = all.split("\n");
        assertEquals(code, exit, () -> String.join(" ", args) + "\n"
                + String.join("\n", List.of(lines).subList(Math.max(0, lines.length - 80), lines.length)));
    }

    private Set<String> grantedHosts() throws Exception {
        String user = project.database().appUser().replace("'", "''");
        String out = lab.exec(LabCluster.DATABASE, "", "mysql", "-N", "-e",
                "SELECT Host FROM mysql.user WHERE User = '" + user + "'").output().strip();
        return out.isEmpty() ? Set.of() : new TreeSet<>(List.of(out.split("\\s+")));
    }

    private static Set<String> nodeAddresses(ClusterProject p) {
        return new TreeSet<>(p.nodes().stream().map(EsNode::address).toList());
    }

    /** The store site's upstream servers, from the load balancer's configuration (a shared file system). */
    private List<String> upstream() throws Exception {
        return NginxSites.upstreamServers(NginxSites.site(project.hostNames().store()));
    }
}
