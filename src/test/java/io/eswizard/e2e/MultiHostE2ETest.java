package io.eswizard.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.eswizard.ansible.AnsibleTools;
import io.eswizard.ansible.EventParser;
import io.eswizard.ansible.FileDiff;
import io.eswizard.ansible.HostRecap;
import io.eswizard.ansible.PreflightCheck;
import io.eswizard.ansible.PreflightReport;
import io.eswizard.ansible.ProjectRuns;
import io.eswizard.ansible.RunHistory;
import io.eswizard.ansible.RunEvent;
import io.eswizard.ansible.RunMode;
import io.eswizard.ansible.RunSummary;
import io.eswizard.cli.EsWizardCli;
import io.eswizard.generate.InventoryGenerator;
import io.eswizard.model.ClusterProject;
import io.eswizard.model.EsNode;
import io.eswizard.model.NodeRole;
import io.eswizard.project.SecretsSource;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
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
 * A 2+2 cluster on separate machines: the lab's hosts (network namespaces with their own sshd,
 * /etc/hosts and /run), reached over SSH as a non-root user whose sudo asks for a password, run
 * through the app's command line as an admin would, with the passwords in a secrets file.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MultiHostE2ETest {

    static final String SUDO_PASSWORD = "s'u\"d:o {{y}} <&> ü$";

    private MachineState machine;
    private Lab lab;
    private Path root;
    private LabCluster cluster;
    private ClusterProject project;
    private Path secrets;
    private Map<String, String> hostsFilesBefore;

    @BeforeAll
    void buildTheLab() throws Exception {
        E2EPrerequisites.require();
        E2EPrerequisites.requireLab();
        machine = MachineState.take();
        root = E2EPrerequisites.tempRoot("esw-e2e-lab-");
        lab = Lab.up(LabCluster.labHosts(), SUDO_PASSWORD, root);
        cluster = LabCluster.write(lab, root);
        project = cluster.project;
        secrets = LabCluster.secretsFile(root, "secrets.yml", E2ESandbox.HOSTILE_PASSWORD, SUDO_PASSWORD);
        hostsFilesBefore = hostsFiles();
    }

    @AfterAll
    void takeTheLabDown() throws Exception {
        try {
            if (lab != null && project != null) {
                LabDatabase.dropProjectData(sql -> lab.exec(LabCluster.DATABASE, "", "mysql", "-N", "-e", sql), project);
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

    @Test
    @Order(1)
    void aDryRunOnFreshMachinesFinishesAndShowsEachFilesDiff() throws Exception {
        Cli run = cli("run", cluster.projectFile.toString(), "--check", "--secrets-file", secrets.toString());
        assertEquals(0, run.exitCode(), run::text);
        Path folder = latestRun();
        RunSummary summary = RunSummary.readFrom(folder);
        assertEquals(RunMode.CHECK, summary.mode());
        assertEquals(RunSummary.Outcome.SUCCEEDED, summary.outcome());

        Map<String, Set<String>> diffs = diffedFiles(folder);
        for (String host : ProjectRuns.inventoryHosts(project)) {
            assertTrue(diffs.getOrDefault(host, Set.of()).contains("/etc/hosts"), host + " diffs: " + diffs.get(host));
        }
        Set<String> sites = diffs.getOrDefault(InventoryGenerator.LOAD_BALANCER_HOST, Set.of());
        assertTrue(sites.contains("/etc/nginx/conf.d/publisher.lab.example.conf"), sites::toString);
        assertTrue(sites.contains("/etc/nginx/conf.d/store.lab.example.conf"), sites::toString);

        assertNothingChanged();
    }

    @Test
    @Order(2)
    void aWrongSudoPasswordIsNamedPerHostAndChangesNothing() throws Exception {
        Path wrong = LabCluster.secretsFile(root, "wrong-secrets.yml", E2ESandbox.HOSTILE_PASSWORD, "not the password");

        PreflightReport report = new ProjectRuns(AnsibleTools.onPath(), root.resolve("preflight-runs"))
                .preflight(project, SecretsSource.fromFile(wrong), List.of());
        assertFalse(report.passed());
        for (String host : ProjectRuns.inventoryHosts(project)) {
            PreflightCheck become = report.checks().stream()
                    .filter(c -> c.host().equals(host) && c.check().equals("root via become")).findFirst()
                    .orElseThrow(() -> new AssertionError("no sudo finding for " + host + ": " + report));
            assertFalse(become.ok(), become::toString);
            assertTrue(become.detail().contains("Incorrect sudo password"), become::toString);
            assertTrue(become.remedy().startsWith("sudo refused the password"), become::toString);
        }
        Cli preflight = cli("preflight", cluster.projectFile.toString(), "--secrets-file", wrong.toString());
        assertEquals(1, preflight.exitCode(), preflight::text);
        assertEquals(new TreeSet<>(ProjectRuns.inventoryHosts(project)), preflight.failedHosts("root via become"));

        Cli run = cli("run", cluster.projectFile.toString(), "--secrets-file", wrong.toString());
        assertEquals(2, run.exitCode(), run::text);
        RunSummary summary = RunSummary.readFrom(latestRun());
        assertEquals(RunSummary.Outcome.FAILED, summary.outcome());
        assertEquals(0, summary.recap().values().stream().mapToInt(HostRecap::changed).sum());
        Map<String, String> failures = run.failures();
        assertFalse(failures.isEmpty(), run::text);
        failures.forEach((host, message) -> {
            assertTrue(message.contains("Incorrect sudo password"), host + ": " + message);
            assertTrue(message.contains("What to do: sudo refused the password"), host + ": " + message);
        });
        assertNothingChanged();
    }

    @Test
    @Order(3)
    void preflightPassesOnFreshMachines() throws Exception {
        Cli preflight = cli("preflight", cluster.projectFile.toString(), "--secrets-file", secrets.toString());
        assertEquals(0, preflight.exitCode(), preflight::text);
        Set<String> checked = preflight.okChecks();
        for (String check : List.of("reachable", "root via become", "python", "clock", "ES_HOME", "unzip", "java",
                "ports free", "IS_HOME", "database port", "member ports")) {
            assertTrue(checked.contains(check), check + " was not checked: " + preflight.text());
        }
    }

    @Test
    @Order(4)
    void applyConfiguresEveryMachineAndASecondRunChangesNothing() throws Exception {
        // An earlier project's site for the same store name, sending it to a publisher node.
        Path stale = Path.of("/etc/nginx/conf.d/old-project-store.lab.example.conf");
        Files.writeString(stale, "# ES Cluster Wizard: old-project - store (store.lab.example)\n"
                + "upstream old_store { server " + lab.address("publisher-1") + ":9443; }\n"
                + "server {\n    listen " + project.loadBalancer().address() + ":443 ssl;\n"
                + "    server_name store.lab.example;\n    ssl_certificate /etc/nginx/ssl/lab-cluster.crt;\n"
                + "    ssl_certificate_key /etc/nginx/ssl/lab-cluster.key;\n"
                + "    location / { proxy_pass https://old_store; }\n}\n");

        Cli apply = cli("run", cluster.projectFile.toString(), "--secrets-file", secrets.toString());
        assertEquals(0, apply.exitCode(), apply::text);
        assertPasswordsAbsent(latestRun());
        assertFalse(Files.exists(stale), "the earlier project's site for the same name is retired");
        try (Stream<Path> kept = Files.list(stale.getParent())) {
            assertEquals(1, kept.filter(f -> f.getFileName().toString().startsWith(stale.getFileName() + ".")
                    && f.getFileName().toString().endsWith(".retired~")).count(), "a copy of it is kept");
        }

        Cli again = cli("run", cluster.projectFile.toString(), "--secrets-file", secrets.toString());
        assertEquals(0, again.exitCode(), again::text);
        RunSummary second = RunSummary.readFrom(latestRun());
        assertEquals(0, second.recap().values().stream().mapToInt(HostRecap::changed).sum(),
                () -> "changed on a second run: " + E2EPrerequisites.changedTasks(events(latestRunQuietly())));

        Cli check = cli("run", cluster.projectFile.toString(), "--check", "--secrets-file", secrets.toString());
        assertEquals(0, check.exitCode(), check::text);
        RunSummary dry = RunSummary.readFrom(latestRun());
        assertEquals(0, dry.recap().values().stream().mapToInt(HostRecap::changed).sum(),
                () -> "a dry run on the configured cluster reports changes: "
                        + E2EPrerequisites.changedTasks(events(latestRunQuietly())));
    }

    @Test
    @Order(5)
    void mysqlGrantsExactlyTheAddressesTheNodesConnectFromAndEachNodeLogsIn() throws Exception {
        Set<String> nodeAddresses = new TreeSet<>();
        project.nodes().forEach(n -> nodeAddresses.add(n.address()));
        Lab.Result grants = lab.exec(LabCluster.DATABASE, "", "mysql", "-N", "-e",
                "SELECT Host FROM mysql.user WHERE User = '" + project.database().appUser() + "'");
        assertEquals(0, grants.exitCode(), grants.output());
        assertEquals(nodeAddresses, new TreeSet<>(List.of(grants.output().strip().split("\\s+"))));

        for (EsNode n : project.nodes()) {
            for (String database : List.of(project.database().registryDatabase(), project.database().userStoreDatabase())) {
                Datasources.Entry ds = Datasources.forDatabase(n, database);
                String seenAs = LabDatabase.loginFrom(lab, n.name(), ds);
                assertEquals(project.database().appUser() + "@" + n.address(), seenAs, n.name() + " " + database);
            }
        }
    }

    @Test
    @Order(6)
    void everyMachineMapsThePublicNamesInItsOwnHostsFile() throws Exception {
        for (String host : List.of(LabCluster.DATABASE, LabCluster.IDENTITY_SERVER, LabCluster.LOAD_BALANCER)) {
            assertMapsPublicNames(host);
        }
        for (String node : LabCluster.NODES) {
            assertMapsPublicNames(node);
        }
        assertEquals(hostsFilesBefore.get(LabCluster.CLIENT), Files.readString(lab.hostsFile(LabCluster.CLIENT)),
                "the client is not part of the cluster");
    }

    @Test
    @Order(7)
    void aBrowserOnTheClientReachesEachRoleThroughTheLoadBalancer() throws Exception {
        for (NodeRole role : NodeRole.values()) {
            String name = project.hostNames().forRole(role);
            Lab.Result page = lab.exec(LabCluster.CLIENT, "", "curl", "-sk", "--max-time", "15", "--resolve",
                    name + ":443:" + project.loadBalancer().address(), "https://" + name + "/" + role.id() + "/esw-probe");
            assertEquals(0, page.exitCode(), page.output());
            JsonNode answer = new ObjectMapper().readTree(page.output());
            String home = answer.path("home").asText();
            Set<String> homes = new HashSet<>();
            project.nodesWithRole(role).forEach(n -> homes.add(n.esHome()));
            assertTrue(homes.contains(home), name + " reached " + home + ", not a " + role + " node");
            assertEquals(name, answer.path("host").asText(), "NGINX passes the public host name on");
            assertEquals(lab.address(LabCluster.CLIENT), answer.path("x_forwarded_for").asText());

            // The console and the admin services are not published: NGINX answers, no node does.
            for (String path : List.of("/carbon/", "/services/", "/registry/")) {
                Lab.Result closed = lab.exec(LabCluster.CLIENT, "", "curl", "-sk", "--max-time", "15", "-o",
                        "/dev/null", "-w", "%{http_code}", "--resolve", name + ":443:" + project.loadBalancer().address(),
                        "https://" + name + path);
                assertEquals("404", closed.output().strip(), name + path);
            }
        }
    }

    @Test
    @Order(7)
    void theDatabaseListensOnItsOwnAddressOnly() throws Exception {
        Lab.Result bind = lab.exec(LabCluster.DATABASE, "", "mysql", "-N", "-e", "SELECT @@bind_address");
        assertEquals(0, bind.exitCode(), bind.output());
        assertEquals(lab.address(LabCluster.DATABASE), bind.output().strip());
        String probe = "import socket,sys\n"
                + "try:\n socket.create_connection((sys.argv[1], int(sys.argv[2])), 5); print('open')\n"
                + "except OSError: print('closed')";
        int port = project.database().port();
        Lab.Result own = lab.exec(LabCluster.DATABASE, "", "python3", "-c", probe, lab.address(LabCluster.DATABASE),
                String.valueOf(port));
        Lab.Result loopback = lab.exec(LabCluster.DATABASE, "", "python3", "-c", probe, "127.0.0.1",
                String.valueOf(port));
        assertEquals("open", own.output().strip(), own.output());
        assertEquals("closed", loopback.output().strip(), "not on every interface: " + loopback.output());
    }

    @Test
    @Order(8)
    void preflightNamesTheMachineAndTheFieldForAMissingHomeAndATakenPort() throws Exception {
        EsNode store2 = project.node("store-2").orElseThrow();
        List<EsNode> nodes = new ArrayList<>();
        for (EsNode n : project.nodes()) {
            boolean broken = n.name().equals(store2.name());
            nodes.add(broken ? n.withEsHome(root.resolve("homes/missing/wso2es-2.1.0").toString()) : n);
        }
        ClusterProject broken = project.withNodes(nodes).withPacks(new io.eswizard.model.ProductPacks("", "", "",
                project.packs().javaHome(), true));
        EsNode publisher2 = project.node("publisher-2").orElseThrow();
        Lab.Result squatter = lab.exec(publisher2.name(), "", "sh", "-c", "setsid /usr/bin/python3 -m http.server "
                + publisher2.httpPort() + " --bind " + publisher2.address() + " >/dev/null 2>&1 & sleep 1");
        assertEquals(0, squatter.exitCode(), squatter.output());
        try {
            PreflightReport report = new ProjectRuns(AnsibleTools.onPath(), root.resolve("preflight-runs"))
                    .preflight(broken, SecretsSource.fromFile(secrets), List.of());
            PreflightCheck home = finding(report, "store-2", "ES_HOME");
            assertFalse(home.ok(), home::toString);
            assertTrue(home.remedy().contains("Nodes › store-2 › ES_HOME"), home::toString);
            PreflightCheck ports = finding(report, publisher2.name(), "ports free");
            assertFalse(ports.ok(), ports::toString);
            assertTrue(ports.detail().contains("HTTP port " + publisher2.httpPort()) && ports.detail().contains(
                    "http.server"), ports::toString);
            assertTrue(ports.remedy().contains("Nodes › publisher-2 › Port offset"), ports::toString);
            assertTrue(finding(report, "store-1", "ES_HOME").ok());
            assertTrue(finding(report, "store-1", "ports free").ok(), "its own server holds its ports");
            assertTrue(finding(report, "store-1", "database port").ok());
            assertTrue(finding(report, "store-1", "member ports").ok());
        } finally {
            lab.exec(publisher2.name(), "", "pkill", "-f", "http.server " + publisher2.httpPort());
        }
    }

    @Test
    @Order(9)
    void aSiteSomeoneElseWroteForAPublicNameStopsTheRunAndNamesIt() throws Exception {
        Path foreign = Path.of("/etc/nginx/conf.d/zz-hand-made.conf");
        Files.writeString(foreign, "server {\n    listen 127.0.0.1:8999;\n    server_name publisher.lab.example;\n}\n");
        Path ours = Path.of("/etc/nginx/conf.d/publisher.lab.example.conf");
        String before = Files.readString(ours);
        try {
            Cli run = cli("run", cluster.projectFile.toString(), "--secrets-file", secrets.toString(), "--limit",
                    InventoryGenerator.LOAD_BALANCER_HOST);
            assertEquals(2, run.exitCode(), run::text);
            String failure = run.failures().get(InventoryGenerator.LOAD_BALANCER_HOST);
            assertTrue(failure != null && failure.contains(foreign.toString()), run::text);
            assertTrue(Files.exists(foreign), "someone else's file is left alone");
            assertEquals(before, Files.readString(ours));
        } finally {
            Files.deleteIfExists(foreign);
        }
    }

    // ---- helpers

    private static PreflightCheck finding(PreflightReport report, String host, String check) {
        return report.checks().stream().filter(c -> c.host().equals(host) && c.check().equals(check)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + check + " finding for " + host + ": " + report));
    }

    private void assertMapsPublicNames(String host) throws IOException {
        Map<String, String> names = HostsFile.parse(lab.hostsFile(host));
        assertEquals(project.loadBalancer().address(), names.get(project.hostNames().publisher()), host);
        assertEquals(project.loadBalancer().address(), names.get(project.hostNames().store()), host);
        assertEquals(lab.address(host), names.get(host), host + " keeps its own name");
    }

    private void assertNothingChanged() throws IOException {
        assertEquals(hostsFilesBefore, hostsFiles());
        for (EsNode n : project.nodes()) {
            assertFalse(Files.exists(Path.of(n.esHome())), n.esHome() + " was created");
        }
        assertFalse(Files.exists(Path.of("/etc/nginx/conf.d/publisher.lab.example.conf")));
        assertFalse(Files.exists(Path.of("/etc/nginx/conf.d/store.lab.example.conf")));
    }

    private Map<String, String> hostsFiles() throws IOException {
        Map<String, String> files = new HashMap<>();
        for (String host : LabCluster.labHosts()) {
            files.put(host, Files.readString(lab.hostsFile(host)));
        }
        return files;
    }

    /** Neither password is in what the run wrote: its log, events, summary and inventory. */
    private void assertPasswordsAbsent(Path runFolder) throws IOException {
        List<Path> written = new ArrayList<>(List.of(runFolder.resolve(RunSummary.LOG_FILE),
                runFolder.resolve(RunSummary.EVENTS_FILE), runFolder.resolve(RunSummary.FILE)));
        try (Stream<Path> inventory = Files.walk(runFolder.resolve("inventory"))) {
            inventory.filter(Files::isRegularFile).forEach(written::add);
        }
        for (Path f : written) {
            String text = new String(Files.readAllBytes(f), StandardCharsets.UTF_8);
            assertFalse(text.contains(E2ESandbox.HOSTILE_PASSWORD), f + " holds the database password");
            assertFalse(text.contains(SUDO_PASSWORD), f + " holds the sudo password");
        }
    }

    private Path latestRun() throws IOException {
        return RunHistory.ofProject(root).latest().orElseThrow().folder();
    }

    private Path latestRunQuietly() {
        try {
            return latestRun();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static List<String> events(Path runFolder) {
        try {
            return Files.readAllLines(runFolder.resolve(RunSummary.EVENTS_FILE), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** host -> the files the run showed a diff of, read as the Run page and the command line read them. */
    private static Map<String, Set<String>> diffedFiles(Path runFolder) {
        EventParser parser = new EventParser();
        Map<String, Set<String>> files = new HashMap<>();
        for (String line : events(runFolder)) {
            for (RunEvent e : parser.parse(line)) {
                if (e instanceof RunEvent.HostResult r) {
                    for (FileDiff d : r.result().diffs()) {
                        files.computeIfAbsent(d.host(), k -> new TreeSet<>())
                                .add(d.fileName().replaceFirst(" \\((content|file attributes)\\)$", ""));
                    }
                }
            }
        }
        return files;
    }

    private Cli cli(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = EsWizardCli.run(new PrintWriter(out), new PrintWriter(err), args);
        return new Cli(code, out.toString(), err.toString());
    }

    /** What a command printed, read the way an admin reads it. */
    record Cli(int exitCode, String out, String err) {
        String text() {
            return out + "\n" + err;
        }

        /** Preflight rows "FAIL host check detail" for one check. */
        Set<String> failedHosts(String check) {
            Set<String> hosts = new TreeSet<>();
            for (String[] row : rows()) {
                if (row[0].equals("FAIL") && row[2].equals(check)) {
                    hosts.add(row[1]);
                }
            }
            return hosts;
        }

        Set<String> okChecks() {
            Set<String> checks = new TreeSet<>();
            rows().stream().filter(r -> r[0].equals("ok")).forEach(r -> checks.add(r[2]));
            return checks;
        }

        /** The preflight table: status, host, check (columns of fixed width), detail. */
        private List<String[]> rows() {
            List<String[]> rows = new ArrayList<>();
            for (String line : out.split("\n")) {
                if (line.length() > 42 && (line.startsWith("ok   ") || line.startsWith("FAIL "))) {
                    rows.add(new String[] {line.substring(0, 4).strip(), line.substring(5, 21).strip(),
                            line.substring(22, 42).strip(), line.substring(43)});
                }
            }
            return rows;
        }

        /** The run's "Failures:" block: host -> its failure message lines. */
        Map<String, String> failures() {
            Map<String, String> failures = new HashMap<>();
            boolean inBlock = false;
            String host = null;
            for (String line : out.split("\n")) {
                if (line.equals("Failures:")) {
                    inBlock = true;
                } else if (inBlock && line.isBlank()) {
                    break;
                } else if (inBlock && line.startsWith("  ") && !line.startsWith("      ")) {
                    host = line.strip().split(" - ", 2)[0];
                    failures.put(host, "");
                } else if (inBlock && host != null) {
                    failures.merge(host, line.strip() + "\n", String::concat);
                }
            }
            return failures;
        }
    }
}
