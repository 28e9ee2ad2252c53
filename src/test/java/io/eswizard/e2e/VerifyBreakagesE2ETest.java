package io.eswizard.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.eswizard.bundle.BundleWriter;
import io.eswizard.model.ClusterProject;
import io.eswizard.model.EsNode;
import io.eswizard.model.HostNames;
import io.eswizard.model.IsLayout;
import io.eswizard.project.ProjectFiles;
import io.eswizard.verify.ClusterVerifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.w3c.dom.Document;
import org.w3c.dom.Node;

/**
 * {@code verify} on a loopback sandbox cluster (2 publishers, 2 stores, the stand-in servers, real
 * MariaDB and NGINX) that the playbook set up: it passes when the cluster is healthy, and with one
 * thing broken at a time it fails naming that thing, on the right host, with the setting that fixes it.
 * Each break is undone before the next, and everything the test made is removed at the end.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class VerifyBreakagesE2ETest {

    private MachineState machine;
    private Path root;
    private ClusterProject project;
    private Path projectFile;
    private Path secretsFile;

    @BeforeAll
    void setUpTheClusterWithThePlaybook() throws Exception {
        E2EPrerequisites.require();
        machine = MachineState.take();
        E2EPrerequisites.stopLeftoverStandIns();
        root = E2EPrerequisites.tempRoot("esw-e2e-verify-");
        E2ESandbox sandbox = new E2ESandbox(root, IsLayout.IS_5_1_0, "e2e-verify");
        // Public names of its own: NGINX sites that other runs leave for the same names on the same
        // address would otherwise answer for this cluster.
        project = sandbox.project.withHostNames(new HostNames("publisher.breakages.test", "store.breakages.test"));
        // The Identity Server runs before the playbook registers the service providers: only a
        // restart by the playbook makes it load them.
        StandIns.command(Path.of(project.sso().isHome()), "start");
        Path runFolder = root.resolve("run");
        BundleWriter.writeRunFolder(project, runFolder);
        List<String> args = E2EPrerequisites.secretAndTestVars(project, runFolder, sandbox.hostsFile);
        PlaybookProcess.Result run = PlaybookProcess.run(runFolder, args, root.resolve("site-run.jsonl"));
        assertEquals(0, run.exitCode(), () -> E2EPrerequisites.failures(run.lines()));
        projectFile = root.resolve("cluster.eswiz");
        ProjectFiles.save(projectFile, project);
        secretsFile = secretsFile(root.resolve("secrets.yaml"));
    }

    /** The password in a secrets file as the command line reads it (YAML, mode 600). */
    static Path secretsFile(Path file) throws Exception {
        Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        String quoted = E2ESandbox.HOSTILE_PASSWORD.replace("\\", "\\\\").replace("\"", "\\\"");
        Files.writeString(file, "databasePassword: \"" + quoted + "\"\n");
        return file;
    }

    @AfterAll
    void removeEverything() throws Exception {
        SandboxCleanup.leaveNothingBehind(machine, project, root);
    }

    private EsNode node(String name) {
        return project.node(name).orElseThrow();
    }

    @Test
    @Order(1)
    void aHealthyClusterPassesEveryCheckAndTheIdentityServerWasRestartedForItsServiceProviders() throws Exception {
        VerifyCli v = VerifyCli.run(projectFile, secretsFile);

        assertEquals(0, v.exitCode(), v.all());
        assertEquals(List.of(), v.failed(), v.all());
        // 4 nodes: HTTPS, membership, 3 databases, reached by the load balancer, SSO redirect;
        // 2 public names: route and SSO; the Identity Server: answers, 3 service providers.
        assertEquals(4 * 7 + 2 * 2 + 1 + 3, v.checks().size(), v.out());
        Set<String> hosts = v.checks().stream().map(VerifyCli.Printed::host).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(Set.of("publisher-1", "publisher-2", "store-1", "store-2", "load-balancer", "identity-server"),
                hosts);
        Path isLog = Path.of(project.sso().isHome(), "repository/logs/wso2carbon.log");
        assertEquals(2, Files.readAllLines(isLog).stream().filter(l -> l.contains("Starting WSO2 Carbon")).count(),
                "started by the test, restarted by the playbook's handler");

        Path verifyRun = new io.eswizard.ansible.RunHistory(root.resolve(ClusterVerifier.RUNS_FOLDER)).list().get(0)
                .folder();
        for (String kept : List.of("output.log", "events.jsonl", "run-summary.json")) {
            assertFalse(Files.readString(verifyRun.resolve(kept), StandardCharsets.UTF_8)
                    .contains(E2ESandbox.HOSTILE_PASSWORD), kept + " must not hold the password");
        }
    }

    @Test
    @Order(2)
    void aStoppedNodeIsNamed() throws Exception {
        EsNode store2 = node("store-2");
        StandIns.command(store2, "stop");
        try {
            awaitMembers(project.nodes().stream().filter(n -> n != store2).toList(), 3);
            VerifyCli v = VerifyCli.run(projectFile, secretsFile);

            assertEquals(1, v.exitCode(), v.all());
            VerifyCli.Printed https = v.failed().stream().filter(c -> c.host().equals("store-2")
                    && c.what().equals("answers on https://" + store2.address() + ":" + store2.httpsPort()))
                    .findFirst().orElseThrow(() -> new AssertionError(v.out()));
            assertTrue(https.cause().contains("connection refused"), https.toString());
            for (VerifyCli.Printed f : v.failed()) {
                assertTrue(f.host().equals("store-2") || f.cause().contains("store-2"), "about store-2: " + f);
            }
            List<VerifyCli.Printed> membership = v.failed().stream().filter(c -> c.what().contains("joined the cluster"))
                    .toList();
            assertEquals(4, membership.size(), v.out());
            assertTrue(membership.stream().filter(c -> !c.host().equals("store-2"))
                    .allMatch(c -> c.fix().equals("Nodes › store-2 › Member port")), v.out());
        } finally {
            StandIns.command(store2, "start");
            CarbonLogs.awaitCluster(project);
        }
    }

    @Test
    @Order(3)
    void aWrongMemberPortOnOneNodeIsNamed() throws Exception {
        EsNode store2 = node("store-2");
        Path axis2 = Path.of(store2.esHome(), "repository/conf/axis2/axis2.xml");
        byte[] original = Files.readAllBytes(axis2);
        setXmlText(axis2, "/axisconfig/clustering/parameter[@name='localMemberPort']", "4999");
        try {
            StandIns.command(store2, "restart");
            awaitMembers(project.nodes(), 4, "127.0.0.14:4999");
            VerifyCli v = VerifyCli.run(projectFile, secretsFile);

            assertEquals(1, v.exitCode(), v.all());
            assertEquals(4, v.failed().size(), "each node's membership, and nothing else: " + v.out());
            for (VerifyCli.Printed f : v.failed()) {
                assertTrue(f.what().contains("joined the cluster"), f.toString());
                assertEquals("Nodes › store-2 › Member port", f.fix(), f.toString());
                assertTrue(f.cause().contains("127.0.0.14:4999"), f.toString());
            }
        } finally {
            Files.write(axis2, original);
            StandIns.command(store2, "restart");
            CarbonLogs.awaitCluster(project);
        }
    }

    @Test
    @Order(4)
    void aWrongIssuerIsNamed() throws Exception {
        EsNode store1 = node("store-1");
        Path json = appJson(store1);
        byte[] original = Files.readAllBytes(json);
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode config = (ObjectNode) mapper.readTree(original);
        ((ObjectNode) config.at("/authentication/methods/sso/attributes")).put("issuer", "store-typo");
        Files.write(json, mapper.writeValueAsBytes(config));
        try {
            StandIns.command(store1, "restart");
            CarbonLogs.awaitCluster(project);
            VerifyCli v = VerifyCli.run(projectFile, secretsFile);

            assertEquals(1, v.exitCode(), v.all());
            VerifyCli.Printed sso = v.failed().stream().filter(c -> c.host().equals("store-1")).findFirst()
                    .orElseThrow(() -> new AssertionError(v.out()));
            assertTrue(sso.cause().contains("'store-typo'"), sso.toString());
            for (VerifyCli.Printed f : v.failed()) {
                assertEquals("Single sign-on › Store issuer", f.fix(), f.toString());
            }
        } finally {
            Files.write(json, original);
            StandIns.command(store1, "restart");
            CarbonLogs.awaitCluster(project);
        }
    }

    @Test
    @Order(5)
    void anNginxUpstreamOnAWrongPortIsNamed() throws Exception {
        EsNode store2 = node("store-2");
        Path site = NginxSites.site(project.hostNames().store());
        String original = Files.readString(site);
        String broken = original.replace("server " + store2.address() + ":" + store2.httpsPort() + " ",
                "server " + store2.address() + ":9999 ");
        assertNotEquals(original, broken, "the site lists store-2");
        Files.writeString(site, broken);
        try {
            NginxSites.reload();
            VerifyCli v = VerifyCli.run(projectFile, secretsFile);

            assertEquals(1, v.exitCode(), v.all());
            assertEquals(1, v.failed().size(), v.out());
            VerifyCli.Printed f = v.failed().get(0);
            assertEquals("store-2", f.host());
            assertEquals("Nodes › store-2 › Port offset", f.fix());
            assertTrue(f.cause().contains(store2.address() + ":9999"), f.cause());
        } finally {
            Files.writeString(site, original);
            NginxSites.reload();
        }
    }

    @Test
    @Order(6)
    void aWrongIdentityServerUrlIsNamed() throws Exception {
        EsNode publisher2 = node("publisher-2");
        Path json = appJson(publisher2);
        byte[] original = Files.readAllBytes(json);
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode config = (ObjectNode) mapper.readTree(original);
        ((ObjectNode) config.at("/authentication/methods/sso/attributes"))
                .put("identityProviderURL", "https://" + project.sso().isAddress() + ":9999/samlsso");
        Files.write(json, mapper.writeValueAsBytes(config));
        try {
            StandIns.command(publisher2, "restart");
            CarbonLogs.awaitCluster(project);
            VerifyCli v = VerifyCli.run(projectFile, secretsFile);

            assertEquals(1, v.exitCode(), v.all());
            assertTrue(v.failed().stream().anyMatch(c -> c.host().equals("publisher-2")), v.out());
            for (VerifyCli.Printed f : v.failed()) {
                assertEquals("Single sign-on › Identity Server login URL", f.fix(), f.toString());
                assertTrue(f.cause().contains(":9999/samlsso"), f.toString());
            }
        } finally {
            Files.write(json, original);
            StandIns.command(publisher2, "restart");
            CarbonLogs.awaitCluster(project);
        }
    }

    @Test
    @Order(7)
    void aSiteOfAnotherClusterForTheSameNameIsNamed() throws Exception {
        String store = project.hostNames().store();
        // Sorts before this cluster's site, so NGINX takes it and ignores ours.
        Path foreign = NginxSites.CONF_D.resolve("a-foreign-" + store + ".conf");
        Files.writeString(foreign, "server {\n    listen " + project.loadBalancer().address() + ":"
                + project.loadBalancer().httpsPort() + " ssl;\n    server_name " + store + ";\n"
                + "    ssl_certificate " + NginxSites.SSL.resolve(NginxSites.stem(project) + ".crt") + ";\n"
                + "    ssl_certificate_key " + NginxSites.SSL.resolve(NginxSites.stem(project) + ".key") + ";\n"
                + "    location / { return 200 'another cluster'; }\n}\n");
        try {
            NginxSites.reload();
            VerifyCli v = VerifyCli.run(projectFile, secretsFile);

            assertEquals(1, v.exitCode(), v.all());
            VerifyCli.Printed site = v.failed().stream().filter(c -> c.what().startsWith("NGINX has one site for " + store))
                    .findFirst().orElseThrow(() -> new AssertionError(v.out()));
            assertEquals("load-balancer", site.host());
            assertTrue(site.cause().contains(foreign.toString()), site.cause());
            assertTrue(site.cause().contains(NginxSites.site(store).toString()), site.cause());
            for (VerifyCli.Printed f : v.failed()) {
                assertTrue(f.what().contains(store) || f.cause().contains(foreign.toString()), f.toString());
            }
        } finally {
            Files.deleteIfExists(foreign);
            NginxSites.reload();
        }
    }

    @Test
    @Order(8)
    void withEveryBreakUndoneItPassesAgain() {
        VerifyCli v = VerifyCli.run(projectFile, secretsFile);
        assertEquals(0, v.exitCode(), v.all());
    }

    // ---- helpers

    private static Path appJson(EsNode n) {
        String app = n.role().id();
        return Path.of(n.esHome(), "repository/deployment/server/jaggeryapps", app, "config", app + ".json");
    }

    /** Waits until each of the nodes lists this many members (and the given address among them). */
    private static void awaitMembers(List<EsNode> nodes, int count, String... including) throws Exception {
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (true) {
            boolean settled = true;
            for (EsNode n : nodes) {
                Set<String> members = CarbonLogs.latestMembers(CarbonLogs.log(n));
                settled &= members.size() == count && members.containsAll(List.of(including));
            }
            if (settled) {
                return;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the nodes did not settle on " + count + " members");
            }
            Thread.sleep(500);
        }
    }

    private static void setXmlText(Path file, String xpath, String value) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Document doc = f.newDocumentBuilder().parse(file.toFile());
        Node node = (Node) XPathFactory.newInstance().newXPath().evaluate(xpath, doc, XPathConstants.NODE);
        node.setTextContent(value);
        TransformerFactory.newInstance().newTransformer().transform(new DOMSource(doc), new StreamResult(file.toFile()));
    }
}
