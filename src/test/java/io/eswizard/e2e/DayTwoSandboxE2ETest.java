package io.eswizard.e2e;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.eswizard.ansible.HostRecap;
import io.eswizard.ansible.RunHistory;
import io.eswizard.ansible.RunSummary;
import io.eswizard.cli.EsWizardCli;
import io.eswizard.model.ClusterProject;
import io.eswizard.model.EsNode;
import io.eswizard.model.HostNames;
import io.eswizard.model.HostOverride;
import io.eswizard.model.NodeRole;
import io.eswizard.model.field.Field;
import io.eswizard.model.field.FieldValues;
import io.eswizard.project.ProjectFiles;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Day two on a 2+2 sandbox set up as a user does it ({@code init --preset local}, then {@code run}),
 * every later step through the command line as an admin types it: the servers run as services of
 * their own user; a store added to the project file joins on the next run and, taken out again,
 * leaves no upstream entry and no grant; a rolling restart and a configuration change restart the
 * nodes one at a time while a browser polling the load balancer sees no failed request; a
 * rollback puts the changed files back byte for byte; teardown leaves no site, hosts block or
 * running server but keeps the databases, a second teardown changes nothing, and a run sets the
 * cluster up again.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DayTwoSandboxE2ETest {

    private static final String ACCOUNT = MachineState.SERVER_ACCOUNT;
    private static final Path HOSTS_FILE = Path.of("/etc/hosts");
    private static final java.util.regex.Pattern STAMP =
            java.util.regex.Pattern.compile("\\[(\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d,\\d{3})]");

    private MachineState machine;
    private Path root;
    private Path projectFile;
    private Path secretsFile;
    private ClusterProject project;
    private ClusterProject original;
    private String changeRun;
    private Map<Path, byte[]> beforeChange;

    @BeforeAll
    void initAndRun() throws Exception {
        E2EPrerequisites.require();
        machine = MachineState.take();
        E2EPrerequisites.stopLeftoverStandIns();
        root = E2EPrerequisites.tempRoot("esw-e2e-daytwo-");
        Path packs = Files.createDirectories(root.resolve("packs"));
        Path esZip = E2EPacks.esZip(packs);
        projectFile = root.resolve("daytwo.eswiz");
        cliExpect(0, "init", projectFile.toString(), "--preset", "local", "--publishers", "2", "--stores", "2",
                "--sandbox", root.resolve("sandbox").toString(), "--es-pack", esZip.toString());
        ClusterProject init = ProjectFiles.load(projectFile);
        Path isZip = E2EPacks.isZip(packs, "wso2is-5.1.0", init.sso().isAddress(), init.sso().isHttpsPort());
        // Public names of its own; the packs set, so that the run unpacks them where they are missing.
        project = FieldValues.write(Field.IS_ZIP, FieldValues.write(Field.ES_ZIP,
                init.withHostNames(new HostNames("publisher.daytwo.test", "store.daytwo.test")), esZip.toString()),
                isZip.toString());
        ProjectFiles.save(projectFile, project);
        original = project;
        secretsFile = VerifyBreakagesE2ETest.secretsFile(root.resolve("secrets.yaml"));
        run(0, "run");
    }

    @AfterAll
    void removeEverything() throws Exception {
        try {
            if (original != null) {
                // Nodes the project no longer has (store-3 when a test stopped half-way) run from their homes too.
                StandIns.stopAll(original);
            }
        } finally {
            SandboxCleanup.leaveNothingBehind(machine, project, root);
        }
    }

    @Test
    @Order(1)
    void theServersRunAsServicesOfTheirOwnUserWhoOwnsTheirHomes() throws Exception {
        for (Path home : homes(project)) {
            assertEquals(ACCOUNT, ServerProcesses.owner(home), home.toString());
            assertEquals(ACCOUNT, Files.getOwner(home).getName(), home.toString());
            assertEquals(ACCOUNT, Files.getOwner(home.resolve("bin/wso2server.sh")).getName());
        }
        for (EsNode n : project.nodes()) {
            String service = serviceName(n.name());
            assertTrue(Files.isExecutable(Path.of("/etc/init.d", service)), service);
            assertTrue(startsAtBoot(service), service + " has a start link in /etc/rc2.d");
        }
        assertTrue(startsAtBoot(serviceName("identity-server")));
        VerifyCli first = VerifyCli.run(projectFile, secretsFile);
        assertEquals(0, first.exitCode(), first.all());

        // The service manager stops and starts a node as its user.
        EsNode store2 = project.node("store-2").orElseThrow();
        assertEquals(0, service(serviceName("store-2"), "stop"));
        assertTrue(ServerProcesses.pid(Path.of(store2.esHome())).isEmpty());
        assertEquals(3, service(serviceName("store-2"), "status"), "an init script's status of a stopped service");
        assertEquals(0, service(serviceName("store-2"), "start"));
        assertEquals(ACCOUNT, ServerProcesses.owner(Path.of(store2.esHome())));
        CarbonLogs.awaitCluster(project);
    }

    @Test
    @Order(2)
    void aStoreAddedToTheProjectFileJoinsOnTheNextRunWithoutRestartingTheOthers() throws Exception {
        Map<String, Integer> startsBefore = startCounts(project);
        EsNode store3 = EsNode.of("store-3", NodeRole.STORE, "127.0.0.17")
                .withEsHome(root.resolve("sandbox/store-3/wso2es-2.1.0").toString()).withPortOffset(7)
                .withMemberPort(4007);
        List<EsNode> nodes = new ArrayList<>(project.nodes());
        nodes.add(store3);
        // Its address is this machine too ("Add this machine" on the Connection page).
        List<HostOverride> local = new ArrayList<>(project.connection().hostOverrides());
        local.add(HostOverride.localMachine(store3.address()));
        saveProject(project.withNodes(nodes).withConnection(project.connection().withHostOverrides(local)));

        run(0, "run");

        assertTrue(Files.isRegularFile(Path.of(store3.esHome(), "bin/wso2server.sh")), "the run unpacked the pack");
        assertEquals(ACCOUNT, ServerProcesses.owner(Path.of(store3.esHome())));
        assertTrue(NginxSites.upstreamServers(NginxSites.site(project.hostNames().store()))
                .contains("127.0.0.17:" + store3.httpsPort()));
        VerifyCli v = VerifyCli.run(projectFile, secretsFile);
        assertEquals(0, v.exitCode(), v.all());
        assertTrue(v.checks().stream().anyMatch(c -> c.host().equals("store-3") && c.what().startsWith("joined")),
                v.out());
        // Nothing in the other nodes' configuration changed: they kept running.
        startsBefore.forEach((node, starts) -> assertEquals(starts, startCounts(project).get(node), node));
    }

    @Test
    @Order(3)
    void aStoreTakenOutLeavesNoUpstreamEntryAndNoGrantAndStops() throws Exception {
        EsNode store3 = project.node("store-3").orElseThrow();
        saveProject(project.withNodes(project.nodes().stream().filter(n -> !n.name().equals("store-3")).toList()));

        run(0, "run");

        List<String> upstream = NginxSites.upstreamServers(NginxSites.site(project.hostNames().store()));
        assertEquals(project.nodesWithRole(NodeRole.STORE).map(n -> n.address() + ":" + n.httpsPort()).toList(),
                upstream);
        // On one machine every node reaches MySQL from 127.0.0.1: that is the only grant left.
        assertEquals(Set.of("127.0.0.1"), grantedHosts());
        assertTrue(ServerProcesses.pid(Path.of(store3.esHome())).isEmpty(), "store-3 was stopped");
        assertFalse(Files.exists(Path.of("/etc/init.d", serviceName("store-3"))), "its service is gone");
        assertTrue(Files.isRegularFile(Path.of(store3.esHome(), "repository/conf/carbon.xml")), "its home stays");
        VerifyCli v = VerifyCli.run(projectFile, secretsFile);
        assertEquals(0, v.exitCode(), v.all());
    }

    @Test
    @Order(4)
    void aRollingRestartRestartsEveryNodeOnceWhileTheSiteAnswersEveryRequest() throws Exception {
        Map<String, Integer> startsBefore = startCounts(project);
        LoadBalancerPoller.Seen seen;
        long took;
        try (LoadBalancerPoller poller = poller()) {
            long started = System.nanoTime();
            run(0, "run", "--rolling-restart");
            took = (System.nanoTime() - started) / 1_000_000;
            seen = poller.stop();
        }
        System.out.printf("rolling restart of %d nodes: %d ms, %d requests, %d failed%n", project.nodes().size(),
                took, seen.requests(), seen.failures().size());
        assertTrue(seen.requests() > 50, "the poller kept asking: " + seen.requests());
        assertEquals(List.of(), seen.failures());
        startsBefore.forEach((node, starts) -> assertEquals(starts + 1, startCounts(project).get(node), node));
        assertOneAtATime(project);
        VerifyCli v = VerifyCli.run(projectFile, secretsFile);
        assertEquals(0, v.exitCode(), v.all());
    }

    @Test
    @Order(5)
    void aConfigurationChangeRestartsTheNodesOneAtATimeWhileTheSiteAnswers() throws Exception {
        beforeChange = axis2Files(project);
        Map<String, Integer> startsBefore = startCounts(project);
        // Other well-known members: every node's axis2.xml changes.
        saveProject(project.withClustering(project.clustering().withWellKnownMembers(List.of("publisher-2",
                "store-2"))));
        LoadBalancerPoller.Seen seen;
        try (LoadBalancerPoller poller = poller()) {
            run(0, "run");
            seen = poller.stop();
        }
        changeRun = latestRun();
        assertEquals(List.of(), seen.failures());
        startsBefore.forEach((node, starts) -> assertEquals(starts + 1, startCounts(project).get(node), node));
        assertOneAtATime(project);
        axis2Files(project).forEach((file, bytes) -> assertFalse(java.util.Arrays.equals(beforeChange.get(file), bytes),
                file + " changed"));
    }

    @Test
    @Order(6)
    void aRollbackPutsTheChangedFilesBackByteForByteAndRestartsTheirNodes() throws Exception {
        Map<String, Integer> startsBefore = startCounts(project);
        LoadBalancerPoller.Seen seen;
        try (LoadBalancerPoller poller = poller()) {
            run(0, "rollback", "--run", changeRun);
            seen = poller.stop();
        }
        assertEquals(List.of(), seen.failures());
        Map<Path, byte[]> now = axis2Files(project);
        beforeChange.forEach((file, bytes) -> assertArrayEquals(bytes, now.get(file), file.toString()));
        startsBefore.forEach((node, starts) -> assertEquals(starts + 1, startCounts(project).get(node), node));
        // The project still says the new members; with the old ones again a run changes nothing.
        saveProject(original.withNodes(project.nodes()));
        run(0, "run");
        startsBefore.forEach((node, starts) -> assertEquals(starts + 1, startCounts(project).get(node), node));
        VerifyCli v = VerifyCli.run(projectFile, secretsFile);
        assertEquals(0, v.exitCode(), v.all());
    }

    @Test
    @Order(7)
    void aNewClusteringDomainRestartsTheNodesTogether() throws Exception {
        Map<String, Integer> startsBefore = startCounts(project);
        saveProject(FieldValues.write(Field.CLUSTERING_DOMAIN, project, "daytwo.other.domain"));

        run(0, "run");

        startsBefore.forEach((node, starts) -> assertEquals(starts + 1, startCounts(project).get(node), node));
        for (EsNode n : project.nodes()) {
            assertEquals("daytwo.other.domain", Xml.parse(Path.of(n.esHome(), "repository/conf/axis2/axis2.xml"))
                    .text("/axisconfig/clustering/parameter[@name='domain']"));
        }
        VerifyCli v = VerifyCli.run(projectFile, secretsFile);
        assertEquals(0, v.exitCode(), v.all());
    }

    @Test
    @Order(8)
    void teardownLeavesNoSiteNoHostsBlockAndNoRunningServerAndKeepsTheDatabases() throws Exception {
        Map<Path, Long> backups = backupCounts(project);
        cliExpect(2, "teardown", projectFile.toString(), "--confirm", "not-" + project.name(), "--secrets-file",
                secretsFile.toString());
        assertTrue(ServerProcesses.pid(Path.of(project.nodes().get(0).esHome())).isPresent(), "a wrong name stops nothing");

        run(0, "teardown", "--confirm", project.name());

        assertFalse(Files.exists(NginxSites.site(project.hostNames().publisher())));
        assertFalse(Files.exists(NginxSites.site(project.hostNames().store())));
        assertFalse(Files.readString(HOSTS_FILE).contains("ES Cluster Wizard: " + project.name()), "no hosts block");
        for (Path home : homes(project)) {
            assertTrue(ServerProcesses.pid(home).isEmpty(), home + " still runs");
            assertTrue(Files.isRegularFile(home.resolve("bin/wso2server.sh")), home + " stays");
        }
        for (EsNode n : project.nodes()) {
            assertFalse(Files.exists(Path.of("/etc/init.d", serviceName(n.name()))));
            assertFalse(startsAtBoot(serviceName(n.name())));
        }
        assertEquals(Set.of(), grantedHosts());
        Set<String> databases = new TreeSet<>(List.of(E2EPrerequisites.localSql("SHOW DATABASES").output()
                .strip().split("\\s+")));
        assertTrue(databases.containsAll(Set.of(project.database().registryDatabase(),
                project.database().userStoreDatabase(), project.database().socialDatabase())), databases.toString());
        backups.forEach((home, count) -> assertTrue(backupCounts(project).get(home) >= count, "backups kept in " + home));
    }

    @Test
    @Order(9)
    void aSecondTeardownChangesNothing() throws Exception {
        run(0, "teardown", "--confirm", project.name());
        RunSummary summary = RunSummary.readFrom(root.resolve(RunHistory.RUNS_FOLDER).resolve(latestRun()));
        assertEquals(Map.of(), changedHosts(summary));
    }

    @Test
    @Order(10)
    void aRunAfterTeardownSetsTheClusterUpAgain() throws Exception {
        run(0, "run");
        VerifyCli v = VerifyCli.run(projectFile, secretsFile);
        assertEquals(0, v.exitCode(), v.all());
        for (Path home : homes(project)) {
            assertEquals(ACCOUNT, ServerProcesses.owner(home), home.toString());
        }
    }

    // ---- helpers

    private void saveProject(ClusterProject p) throws Exception {
        project = p;
        ProjectFiles.save(projectFile, p);
    }

    private LoadBalancerPoller poller() throws Exception {
        Map<String, String> pages = new LinkedHashMap<>();
        pages.put(project.hostNames().publisher(), "/publisher/");
        pages.put(project.hostNames().store(), "/store/");
        return new LoadBalancerPoller(project.loadBalancer().address(), project.loadBalancer().httpsPort(), pages);
    }

    /** The command as an admin types it, with the secrets file; fails unless it exits with {@code code}. */
    private String run(int code, String command, String... more) {
        List<String> args = new ArrayList<>(List.of(command, projectFile.toString()));
        args.addAll(List.of(more));
        args.addAll(List.of("--secrets-file", secretsFile.toString()));
        return cliExpect(code, args.toArray(String[]::new));
    }

    private static String cliExpect(int code, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = EsWizardCli.run(new PrintWriter(out), new PrintWriter(err), args);
        String all = out + "\n" + err;
        assertEquals(code, exit, () -> String.join(" ", args) + "\n" + tail(all));
        return all;
    }

    private static String tail(String text) {
        String[] lines = text.split("\n");
        return String.join("\n", List.of(lines).subList(Math.max(0, lines.length - 80), lines.length));
    }

    private String latestRun() throws Exception {
        return new RunHistory(root.resolve(RunHistory.RUNS_FOLDER)).latest().orElseThrow().name();
    }

    private String serviceName(String server) {
        return "esw-" + project.name().toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9_.-]", "_") + "-"
                + server;
    }

    private static boolean startsAtBoot(String service) throws Exception {
        try (Stream<Path> links = Files.list(Path.of("/etc/rc2.d"))) {
            return links.anyMatch(l -> l.getFileName().toString().matches("S\\d\\d" + java.util.regex.Pattern.quote(service)));
        }
    }

    private static int service(String name, String action) throws Exception {
        return Lab.run(List.of("service", name, action), Map.of(), 120).exitCode();
    }

    private static List<Path> homes(ClusterProject p) {
        List<Path> homes = new ArrayList<>(p.nodes().stream().map(n -> Path.of(n.esHome())).toList());
        homes.add(Path.of(p.sso().isHome()));
        return homes;
    }

    private static Map<String, Integer> startCounts(ClusterProject p) {
        Map<String, Integer> counts = new HashMap<>();
        for (EsNode n : p.nodes()) {
            try {
                counts.put(n.name(), ServerProcesses.starts(Path.of(n.esHome())).size());
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        return counts;
    }

    /**
     * The nodes restarted one after the other, in inventory order, each only once the one before it
     * was back in the cluster: its latest start line comes after the previous node's first member
     * list naming every node since that node's own latest start.
     */
    private static void assertOneAtATime(ClusterProject p) throws Exception {
        String previousHealthy = null;
        for (EsNode n : p.nodes()) {
            List<String> log = Files.readAllLines(CarbonLogs.log(n));
            String stamp = null;
            String started = null;
            String healthy = null;
            for (String line : log) {
                java.util.regex.Matcher m = STAMP.matcher(line);
                if (m.find()) {
                    stamp = m.group(1);
                }
                if (line.contains("Starting WSO2 Carbon")) {
                    started = stamp;
                    healthy = null;
                } else if (healthy == null && started != null
                        && line.matches("^\\s*Members \\[" + p.nodes().size() + "] \\{.*")) {
                    healthy = stamp;
                }
            }
            assertTrue(started != null && healthy != null, n.name() + " started and saw every member");
            if (previousHealthy != null) {
                assertTrue(started.compareTo(previousHealthy) >= 0, n.name() + " started at " + started
                        + ", before the node before it was back in the cluster at " + previousHealthy);
            }
            previousHealthy = healthy;
        }
    }

    private static Map<Path, byte[]> axis2Files(ClusterProject p) throws Exception {
        Map<Path, byte[]> files = new LinkedHashMap<>();
        for (EsNode n : p.nodes()) {
            Path f = Path.of(n.esHome(), "repository/conf/axis2/axis2.xml");
            files.put(f, Files.readAllBytes(f));
        }
        return files;
    }

    private static Map<Path, Long> backupCounts(ClusterProject p) {
        Map<Path, Long> counts = new HashMap<>();
        for (Path home : homes(p)) {
            try (Stream<Path> files = Files.walk(home)) {
                counts.put(home, files.filter(f -> f.getFileName().toString().endsWith("~")).count());
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        return counts;
    }

    private Set<String> grantedHosts() throws Exception {
        String out = E2EPrerequisites.localSql("SELECT Host FROM mysql.user WHERE User = '"
                + project.database().appUser().replace("'", "''") + "'").output().strip();
        return out.isEmpty() ? Set.of() : new TreeSet<>(List.of(out.split("\\s+")));
    }

    private static Map<String, Integer> changedHosts(RunSummary summary) {
        Map<String, Integer> changed = new HashMap<>();
        for (HostRecap h : summary.recap().values()) {
            if (h.changed() > 0) {
                changed.put(h.host(), h.changed());
            }
        }
        return changed;
    }
}
