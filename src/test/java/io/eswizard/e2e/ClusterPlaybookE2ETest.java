package io.eswizard.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.eswizard.ansible.HostRecap;
import io.eswizard.ansible.PlaybookRunner;
import io.eswizard.ansible.RunListener;
import io.eswizard.ansible.RunMode;
import io.eswizard.ansible.RunRequest;
import io.eswizard.ansible.RunSummary;
import io.eswizard.bundle.BundleWriter;
import io.eswizard.generate.SecretsFile;
import io.eswizard.model.ClusterProject;
import io.eswizard.model.DerivedUrls;
import io.eswizard.model.EsNode;
import io.eswizard.model.IsLayout;
import io.eswizard.model.NodeRole;
import io.eswizard.model.Secrets;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;
import javax.net.ssl.SNIHostName;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Runs the bundled playbook for real on this machine against a one-machine cluster (loopback
 * addresses, real MariaDB and NGINX, copies of the stock ES/IS files, stand-in server scripts) and
 * checks the results by parsing: SQL, XPath, JSON, nginx -t, HTTPS through the load balancer.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterPlaybookE2ETest {

    private MachineState machine;
    private E2ESandbox sandbox;
    private ClusterProject project;
    private Path runFolder;
    private List<String> runArgs;
    private PlaybookProcess.Result firstRun;

    @BeforeAll
    void runPlaybookOnce() throws Exception {
        E2EPrerequisites.require();
        E2EPrerequisites.stopLeftoverStandIns();
        machine = MachineState.take();
        Path root = E2EPrerequisites.tempRoot("esw-e2e-");
        sandbox = new E2ESandbox(root, IsLayout.IS_5_1_0);
        project = sandbox.project;
        StandIns.command(Path.of(project.sso().isHome()), "start");
        runFolder = root.resolve("run");
        BundleWriter.writeRunFolder(project, runFolder);
        runArgs = E2EPrerequisites.secretAndTestVars(project, runFolder, sandbox.hostsFile);
        firstRun = PlaybookProcess.run(runFolder, runArgs, root.resolve("first-run.jsonl"));
        assertEquals(0, firstRun.exitCode(), () -> "first run failed; log " + root.resolve("first-run.jsonl")
                + "\n" + tail(firstRun.lines()));
    }

    @AfterAll
    void leaveNothingBehind() throws Exception {
        SandboxCleanup.leaveNothingBehind(machine, project, sandbox == null ? null : sandbox.root);
    }

    @Test
    @Order(1)
    void databasesHoldTheEsTablesAndTheAppUserLogsInAsTheNodesWould() throws Exception {
        EsNode publisher = project.nodesWithRole(NodeRole.PUBLISHER).findFirst().orElseThrow();
        Datasources.Entry registry = Datasources.forDatabase(publisher, project.database().registryDatabase());
        // No source address chosen: the system picks it, as for a real ES server on this machine.
        try (Connection c = connect(registry, null)) {
            assertTrue(tables(c, project.database().registryDatabase()).contains("REG_RESOURCE"));
            assertTrue(tables(c, project.database().userStoreDatabase()).contains("UM_USER"));
            assertTrue(tables(c, project.database().socialDatabase()).contains("SOCIAL_COMMENTS"));
        }
    }

    @Test
    @Order(2)
    void datasourcesHoldThePasswordExactly() throws Exception {
        for (EsNode n : project.nodes()) {
            Datasources.Entry registry = Datasources.forDatabase(n, project.database().registryDatabase());
            Datasources.Entry users = Datasources.forDatabase(n, project.database().userStoreDatabase());
            assertEquals(E2ESandbox.HOSTILE_PASSWORD, registry.password(), n.name());
            assertEquals(E2ESandbox.HOSTILE_PASSWORD, users.password(), n.name());
            assertEquals(project.database().appUser(), registry.user());
            Xml social = Xml.parse(Datasources.conf(n, "datasources/social-datasources.xml"));
            assertEquals(E2ESandbox.HOSTILE_PASSWORD,
                    social.text("//datasource[name='WSO2_SOCIAL_DB']/definition/configuration/password"));
            assertTrue(social.text("//datasource[name='WSO2_SOCIAL_DB']/definition/configuration/url")
                    .contains("/" + project.database().socialDatabase()));
        }
    }

    @Test
    @Order(3)
    void theAppUserIsGrantedExactlyTheAddressTheNodesConnectFrom() throws Exception {
        Lab.Result hosts = E2EPrerequisites.localSql("SELECT Host FROM mysql.user WHERE User = '"
                + project.database().appUser() + "'");
        assertEquals(0, hosts.exitCode(), hosts.output());
        // Every node and the database are on this machine: they connect from 127.0.0.1.
        assertEquals(List.of("127.0.0.1"), List.of(hosts.output().strip().split("\\s+")));
    }

    @Test
    @Order(3)
    void theAppUserIsRefusedFromAnAddressThatIsNotANode() throws Exception {
        EsNode publisher = project.nodesWithRole(NodeRole.PUBLISHER).findFirst().orElseThrow();
        Datasources.Entry registry = Datasources.forDatabase(publisher, project.database().registryDatabase());
        assertThrows(SQLException.class, () -> connect(registry, "127.0.0.99").close());
    }

    @Test
    @Order(4)
    void userStoreAndRegistryPointAtTheSharedDatabases() throws Exception {
        for (EsNode n : project.nodes()) {
            Datasources.Entry users = Datasources.forDatabase(n, project.database().userStoreDatabase());
            Xml userMgt = Xml.parse(Datasources.conf(n, "user-mgt.xml"));
            assertEquals(users.jndi(), userMgt.text("//Realm/Configuration/Property[@name='dataSource']"));

            Datasources.Entry registry = Datasources.forDatabase(n, project.database().registryDatabase());
            Xml reg = Xml.parse(Datasources.conf(n, "registry.xml"));
            String dbConfig = reg.text("//remoteInstance/dbConfig");
            assertEquals(registry.jndi(), reg.text("//dbConfig[@name='" + dbConfig + "']/dataSource"));
            assertEquals("https://" + n.address() + ":" + n.httpsPort() + "/registry", reg.text("//remoteInstance/@url"));
            assertEquals(registry.user() + "@" + registry.url(), reg.text("//remoteInstance/cacheId"));
            Set<String> mounts = new HashSet<>(reg.texts("//mount/@path"));
            assertTrue(mounts.containsAll(Set.of("/_system/config", "/_system/governance")), mounts::toString);
            assertEquals(2, reg.count("//mount[instanceId=//remoteInstance/id]"));
        }
    }

    @Test
    @Order(5)
    void clusteringAndHostNamesAreSetPerNode() throws Exception {
        List<String> expectedMembers = new ArrayList<>();
        for (String name : project.clustering().wellKnownMembers()) {
            EsNode m = project.node(name).orElseThrow();
            expectedMembers.add(m.effectiveMemberHost() + ":" + m.memberPort());
        }
        for (EsNode n : project.nodes()) {
            Xml axis2 = Xml.parse(Datasources.conf(n, "axis2/axis2.xml"));
            String c = "/axisconfig/clustering";
            assertEquals("true", axis2.text(c + "/@enable"));
            assertEquals("wka", axis2.text(c + "/parameter[@name='membershipScheme']"));
            assertEquals(project.clustering().domain(), axis2.text(c + "/parameter[@name='domain']"));
            assertEquals(n.address(), axis2.text(c + "/parameter[@name='localMemberHost']"));
            assertEquals(String.valueOf(n.memberPort()), axis2.text(c + "/parameter[@name='localMemberPort']"));
            List<String> members = new ArrayList<>();
            List<String> hosts = axis2.texts(c + "/members/member/hostName");
            List<String> ports = axis2.texts(c + "/members/member/port");
            for (int i = 0; i < hosts.size(); i++) {
                members.add(hosts.get(i) + ":" + ports.get(i));
            }
            assertEquals(expectedMembers, members);
            assertEquals(0, axis2.count(c + "/parameter[@name='properties']/property[@name='subDomain']"));

            Xml carbon = Xml.parse(Datasources.conf(n, "carbon.xml"));
            String hostName = project.hostNames().forRole(n.role());
            assertEquals(hostName, carbon.text("/Server/HostName"));
            assertEquals(hostName, carbon.text("/Server/MgtHostName"));
            assertEquals(String.valueOf(n.portOffset()), carbon.text("/Server/Ports/Offset"));
        }
    }

    @Test
    @Order(5)
    void everyLineTheRunWroteIntoAConfigurationFileIsAtMost300Characters() throws Exception {
        List<String> files = List.of("carbon.xml", "registry.xml", "user-mgt.xml", "axis2/axis2.xml",
                "datasources/master-datasources.xml", "datasources/social-datasources.xml");
        Path stockConf = E2ESandbox.fixtures().resolve("wso2es-2.1.0/repository/conf");
        int written = 0;
        for (EsNode n : project.nodes()) {
            for (String f : files) {
                Set<String> stock = new java.util.HashSet<>(Files.readAllLines(stockConf.resolve(f)));
                for (String line : Files.readAllLines(Datasources.conf(n, f))) {
                    if (!stock.contains(line)) {
                        written++;
                        assertTrue(line.length() <= 300, n.name() + " " + f + ": " + line.length() + " characters: "
                                + line);
                    }
                }
            }
        }
        assertTrue(written > 0, "the run wrote lines into the files");
    }

    @Test
    @Order(6)
    void ssoIsConfiguredOnTheNodesAndKeepsTheRestOfEachAppConfig() throws Exception {
        ObjectMapper json = new ObjectMapper();
        for (EsNode n : project.nodes()) {
            String app = n.role() == NodeRole.PUBLISHER ? "publisher" : "store";
            Path file = Path.of(n.esHome(), "repository/deployment/server/jaggeryapps", app, "config", app + ".json");
            JsonNode edited = json.readTree(file.toFile());
            JsonNode sso = edited.at("/authentication/methods/sso/attributes");
            String acs = n.role() == NodeRole.PUBLISHER ? DerivedUrls.publisherAcs(project) : DerivedUrls.storeAcs(project);
            String issuer = n.role() == NodeRole.PUBLISHER ? project.sso().publisherIssuer() : project.sso().storeIssuer();
            assertEquals(issuer, sso.path("issuer").asText());
            assertEquals(DerivedUrls.idp(project), sso.path("identityProviderURL").asText());
            assertEquals(acs, sso.path("acs").asText());

            JsonNode stock = json.readTree(E2ESandbox.fixtures().resolve("wso2es-2.1.0/repository/deployment/server/"
                    + "jaggeryapps/" + app + "/config/" + app + ".json").toFile());
            assertEquals(withoutSsoTargets(stock), withoutSsoTargets(edited), "everything else stays as shipped");
        }
    }

    @Test
    @Order(7)
    void identityServerKnowsTheThreeServiceProvidersAndWasRestartedToLoadThem() throws Exception {
        Xml idp = Xml.parse(Path.of(project.sso().isHome(), project.sso().layout().ssoConfigPath()));
        assertEquals(List.of(DerivedUrls.publisherAcs(project)), acsOf(idp, project.sso().publisherIssuer()));
        assertEquals(List.of(DerivedUrls.storeAcs(project)), acsOf(idp, project.sso().storeIssuer()));
        assertEquals(List.of(DerivedUrls.socialAcs(project)), acsOf(idp, project.sso().socialIssuer()));
        assertEquals(1, idp.count("//ServiceProvider[Issuer='wso2.my.dashboard']"), "the stock SP is kept");
        assertEquals(List.of("1 service providers read from " + project.sso().layout().ssoConfigPath(),
                        "4 service providers read from " + project.sso().layout().ssoConfigPath()),
                IdentityServer500E2ETest.serviceProvidersLoaded(project), "read at the test's start, then at the restart");
    }

    static List<String> acsOf(Xml idp, String issuer) throws Exception {
        String sp = "//ServiceProvider[Issuer='" + issuer + "']";
        return idp.texts(sp + "/AssertionConsumerService | " + sp
                + "/AssertionConsumerServiceURLs/AssertionConsumerServiceURL");
    }

    @Test
    @Order(7)
    void theNodesStartedWithTheJdkOfTheJavaOnThePath() throws Exception {
        // The project names no JAVA_HOME; the stand-in, like wso2server.sh, refuses to start without one.
        Path java = null;
        for (String dir : System.getenv("PATH").split(":")) {
            if (java == null && Files.isExecutable(Path.of(dir, "java"))) {
                java = Path.of(dir, "java").toRealPath();
            }
        }
        assertTrue(java != null, "no java on the PATH");
        Path jdk = java.getParent().getParent();
        Path expected = jdk.getFileName().toString().equals("jre") ? jdk.getParent() : jdk;
        for (EsNode n : project.nodes()) {
            List<String> javaHomes = Files.readAllLines(CarbonLogs.log(n)).stream()
                    .filter(l -> l.contains("Java Home")).map(l -> l.substring(l.indexOf(':', l.indexOf("Java Home")) + 1)
                            .replaceFirst("\\{.*$", "").strip()).toList();
            assertFalse(javaHomes.isEmpty(), n.name() + " logged no start");
            assertEquals(expected.toString(), javaHomes.get(javaHomes.size() - 1), n.name());
        }
    }

    @Test
    @Order(8)
    void nginxConfigIsValidAndRoutesEachHostNameToItsRole() throws Exception {
        Process t = new ProcessBuilder("nginx", "-t").redirectErrorStream(true).start();
        String out = new String(t.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, t.waitFor(), out);

        Set<String> publisherHomes = project.nodesWithRole(NodeRole.PUBLISHER).map(EsNode::esHome)
                .collect(Collectors.toSet());
        Set<String> storeHomes = project.nodesWithRole(NodeRole.STORE).map(EsNode::esHome).collect(Collectors.toSet());
        assertTrue(publisherHomes.containsAll(homesNamedIn(httpsThroughLoadBalancer(project.hostNames().publisher(),
                "/publisher/esw-route"))));
        assertTrue(storeHomes.containsAll(homesNamedIn(httpsThroughLoadBalancer(project.hostNames().store(),
                "/store/esw-route"))));
        assertTrue(storeHomes.containsAll(homesNamedIn(httpsThroughLoadBalancer(project.hostNames().store(),
                "/social/esw-route"))));
    }

    @Test
    @Order(8)
    void theLoadBalancerAnswersEverythingButTheAppsItself() throws Exception {
        PublicRequests lb = new PublicRequests(project.loadBalancer().address());
        int port = project.loadBalancer().httpsPort();
        Map<String, String> apps = Map.of(project.hostNames().publisher(), "publisher",
                project.hostNames().store(), "store");
        for (Map.Entry<String, String> site : apps.entrySet()) {
            String name = site.getKey();
            String host = name + ":" + port;
            for (String path : List.of("/carbon/", "/carbon", "/carbon/admin/login.jsp", "/services/",
                    "/services/AuthenticationAdmin?wsdl", "/registry/", "/registry", "/portal/", "/favicon.ico",
                    "/publisherx/", "/" + site.getValue() + "x")) {
                PublicRequests.Answer a = lb.https(port, name, host, path).orElseThrow();
                assertEquals(404, a.status(), name + path + ": " + a);
                assertFalse(a.fromANode(), name + path + " reached a node: " + a.body());
                assertEquals("nginx", a.header("Server"), "no version: " + a.headers());
                assertEquals("max-age=31536000", a.header("Strict-Transport-Security"), name + path);
            }
            PublicRequests.Answer app = lb.https(port, name, host, "/" + site.getValue() + "/esw-probe").orElseThrow();
            assertEquals(200, app.status(), app.toString());
            assertTrue(app.fromANode(), app.toString());
            assertEquals("max-age=31536000", app.header("Strict-Transport-Security"), app.headers().toString());
            PublicRequests.Answer root = lb.https(port, name, host, "/").orElseThrow();
            assertEquals(302, root.status(), root.toString());
            assertTrue(root.header("Location").endsWith("/" + site.getValue() + "/"), root.headers().toString());
        }
        PublicRequests.Answer elsewhere = lb.https(port, project.hostNames().publisher(),
                project.hostNames().publisher() + ":" + port, "/store/esw-probe").orElseThrow();
        assertEquals(302, elsewhere.status(), elsewhere.toString());
        assertEquals("https://" + project.hostNames().store() + (port == 443 ? "" : ":" + port) + "/store/esw-probe",
                elsewhere.header("Location"));
        PublicRequests.Answer plain = lb.http(project.loadBalancer().httpPort(), project.hostNames().store(),
                "/store/").orElseThrow();
        assertEquals(301, plain.status(), plain.toString());
        assertEquals("nginx", plain.header("Server"));
    }

    @Test
    @Order(8)
    void aHostNameTheClusterDoesNotServeIsTurnedAway() throws Exception {
        PublicRequests lb = new PublicRequests(project.loadBalancer().address());
        int https = project.loadBalancer().httpsPort();
        assertFalse(lb.handshakes(https, "unknown.example.org", null, null), "the handshake is refused");
        assertTrue(lb.handshakes(https, project.hostNames().store(), null, null));
        assertEquals(Optional.empty(), lb.https(https, project.hostNames().store(), "unknown.example.org",
                "/store/"), "a known name in the handshake but another in Host: closed without an answer");
        assertEquals(Optional.empty(), lb.http(project.loadBalancer().httpPort(), "unknown.example.org", "/store/"));
        assertEquals(Optional.empty(), lb.http(project.loadBalancer().httpPort(), project.loadBalancer().address(),
                "/store/"), "the bare address is no public name");
    }

    @Test
    @Order(8)
    void everyServerOnThePublicAddressSpeaksModernTlsAndHidesNginxsVersion() throws Exception {
        List<NginxConfig.Directive> config = NginxConfig.dump();
        String address = project.loadBalancer().address();
        List<NginxConfig.Directive> https = NginxConfig.serversOn(config, address, project.loadBalancer().httpsPort());
        List<NginxConfig.Directive> http = NginxConfig.serversOn(config, address, project.loadBalancer().httpPort());
        assertEquals(3, https.size(), "the two sites and the default server");
        assertEquals(3, http.size(), "the two redirects and the default server");
        for (NginxConfig.Directive server : https) {
            assertEquals(List.of("TLSv1.2", "TLSv1.3"), server.one("ssl_protocols"), server.file());
            for (String cipher : server.one("ssl_ciphers").get(0).split(":")) {
                assertTrue(cipher.startsWith("ECDHE-") && (cipher.contains("GCM") || cipher.contains("CHACHA20")),
                        server.file() + ": " + cipher);
            }
        }
        List<NginxConfig.Directive> defaults = new ArrayList<>();
        for (NginxConfig.Directive server : https) {
            assertEquals(List.of("off"), server.one("server_tokens"), server.file());
            if (server.values("listen").stream().anyMatch(l -> l.contains("default_server"))) {
                defaults.add(server);
                assertEquals(List.of("on"), server.one("ssl_reject_handshake"));
                assertEquals(List.of("444"), server.one("return"));
            }
        }
        assertEquals(1, defaults.size(), "one default server");
        for (NginxConfig.Directive server : http) {
            assertEquals(List.of("off"), server.one("server_tokens"), server.file());
        }

        PublicRequests lb = new PublicRequests(address);
        String store = project.hostNames().store();
        int port = project.loadBalancer().httpsPort();
        assertTrue(lb.handshakes(port, store, "TLSv1.2", "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256"));
        assertFalse(lb.handshakes(port, store, "TLSv1.2", "TLS_RSA_WITH_AES_128_GCM_SHA256"),
                "no cipher without forward secrecy");
        assertFalse(lb.handshakes(port, store, "TLSv1.2", "TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA256"),
                "no CBC cipher");
        assertTrue(lb.handshakes(port, store, "TLSv1.3", null));
    }

    @Test
    @Order(9)
    void mariadbListensOnLoopbackOnlyAndGrantsTheExactDatabases() throws Exception {
        Lab.Result bind = E2EPrerequisites.localSql("SELECT @@bind_address");
        assertEquals(0, bind.exitCode(), bind.output());
        assertEquals("127.0.0.1", bind.output().strip(), "every node is on the database machine");

        // --raw: the client would double every backslash of the answer
        Lab.Result grants = Lab.run(List.of("mysql", "-N", "--raw", "-e", "SHOW GRANTS FOR '"
                + project.database().appUser() + "'@'127.0.0.1'"), Map.of(), 60);
        assertEquals(0, grants.exitCode(), grants.output());
        Map<String, String> privileges = new java.util.TreeMap<>();
        java.util.regex.Pattern grant = java.util.regex.Pattern.compile("^GRANT (.+) ON (\\S+) TO .*$");
        for (String line : grants.output().strip().split("\n")) {
            java.util.regex.Matcher m = grant.matcher(line.strip());
            assertTrue(m.matches(), line);
            privileges.put(m.group(2), m.group(1));
        }
        Map<String, String> expected = new java.util.TreeMap<>();
        expected.put("*.*", "USAGE");
        for (String db : List.of(project.database().registryDatabase(), project.database().userStoreDatabase(),
                project.database().socialDatabase())) {
            assertTrue(db.contains("_"), db);
            expected.put("`" + db.replace("_", "\\_").replace("%", "\\%") + "`.*", "ALL PRIVILEGES");
        }
        assertEquals(expected, privileges);

        // `WSO2REG\_DB` names that database only: a database the unescaped _ would match stays closed.
        String lookalike = project.database().registryDatabase().replace('_', 'x');
        assertEquals(0, E2EPrerequisites.localSql("CREATE DATABASE `" + lookalike + "`").exitCode());
        try {
            EsNode publisher = project.nodesWithRole(NodeRole.PUBLISHER).findFirst().orElseThrow();
            Datasources.Entry registry = Datasources.forDatabase(publisher, project.database().registryDatabase());
            try (Connection c = connect(registry, null); var st = c.createStatement()) {
                SQLException refused = assertThrows(SQLException.class, () -> st.execute("USE `" + lookalike + "`"));
                assertTrue(refused.getMessage().contains("denied"), refused.getMessage());
                st.execute("USE `" + project.database().registryDatabase() + "`");
            }
        } finally {
            E2EPrerequisites.localSql("DROP DATABASE IF EXISTS `" + lookalike + "`");
        }
    }

    @Test
    @Order(9)
    void everyFileHoldingAPasswordAndEveryBackupOfOneIsTheServiceAccountsOnly() throws Exception {
        Set<java.nio.file.attribute.PosixFilePermission> ownerOnly =
                java.nio.file.attribute.PosixFilePermissions.fromString("rw-------");
        List<Path> homes = new ArrayList<>();
        project.nodes().forEach(n -> homes.add(Path.of(n.esHome())));
        homes.add(Path.of(project.sso().isHome()));
        // The database password as it stands in XML and JSON alike (its other characters are escaped).
        String fragment = "s:s{{x}}";
        int holding = 0;
        Map<String, Integer> backupsPerFile = new java.util.HashMap<>();
        java.util.regex.Pattern backup = java.util.regex.Pattern.compile("(.+)\\.\\d+\\.\\d{4}-\\d\\d-\\d\\d@[\\d:]+~");
        for (Path home : homes) {
            List<Path> files;
            try (var walk = Files.walk(home)) {
                files = walk.filter(Files::isRegularFile).toList();
            }
            for (Path f : files) {
                String name = f.getFileName().toString();
                java.util.regex.Matcher copy = backup.matcher(name);
                boolean password = Files.size(f) < 2_000_000 && Files.readString(f, StandardCharsets.ISO_8859_1)
                        .contains(fragment);
                boolean stockPassword = STOCK_PASSWORD_FILES.contains(name)
                        || (copy.matches() && STOCK_PASSWORD_FILES.contains(copy.group(1)));
                if (password || stockPassword) {
                    holding++;
                    assertEquals(ownerOnly, Files.getPosixFilePermissions(f), f.toString());
                    assertEquals("wso2", Files.getOwner(f).getName(), f.toString());
                }
                if (copy.matches()) {
                    backupsPerFile.merge(f.getParent().resolve(copy.group(1)).toString(), 1, Integer::sum);
                }
            }
        }
        assertTrue(holding >= 4 * 9 + 1, "the nodes' nine files each and the Identity Server's: " + holding);
        assertFalse(backupsPerFile.isEmpty(), "the run's edits made backup copies");
        backupsPerFile.forEach((file, count) -> assertTrue(count <= 3, file + " has " + count + " backup copies"));
    }

    /** Files of ES and IS that hold passwords as shipped (key stores, admin, sample registry, app users). */
    private static final Set<String> STOCK_PASSWORD_FILES = Set.of("carbon.xml", "user-mgt.xml", "registry.xml",
            "axis2.xml", "master-datasources.xml", "social-datasources.xml", "catalina-server.xml", "publisher.json",
            "store.json");

    @Test
    @Order(9)
    void everyMachineMapsThePublicNamesToTheLoadBalancer() throws Exception {
        Map<String, String> mapped = HostsFile.parse(sandbox.hostsFile);
        assertEquals(project.loadBalancer().address(), mapped.get(project.hostNames().publisher()));
        assertEquals(project.loadBalancer().address(), mapped.get(project.hostNames().store()));
        assertEquals("127.0.0.1", mapped.get("localhost"), "existing lines are kept");
    }

    @Test
    @Order(10)
    void thePasswordNeverAppearsInTheOutput() {
        assertFalse(firstRun.output().contains(E2ESandbox.HOSTILE_PASSWORD));
        assertFalse(firstRun.output().contains("p'a\\\"s:s"), "nor JSON-escaped");
    }

    @Test
    @Order(11)
    void aSecondRunThroughTheAppsRunnerChangesNothing() throws Exception {
        String secrets = SecretsFile.content(project, new Secrets(E2ESandbox.HOSTILE_PASSWORD, ""));
        RunRequest request = RunRequest.of(runFolder, RunMode.APPLY)
                .withSecrets(secrets, List.of(E2ESandbox.HOSTILE_PASSWORD));
        RunSummary summary = new PlaybookRunner().run(request, RunListener.NONE);
        assertEquals(0, summary.exitCode(), () -> String.join("\n", summary.lastLines()));
        assertFalse(summary.recap().isEmpty());
        List<String> events = readLines(runFolder.resolve(RunSummary.EVENTS_FILE));
        assertEquals(0, summary.recap().values().stream().mapToInt(HostRecap::changed).sum(),
                () -> "changed on a second run: " + E2EPrerequisites.changedTasks(events));
        for (String kept : List.of(RunSummary.LOG_FILE, RunSummary.EVENTS_FILE, RunSummary.FILE)) {
            String text = Files.readString(runFolder.resolve(kept), StandardCharsets.UTF_8);
            assertFalse(text.contains(E2ESandbox.HOSTILE_PASSWORD), kept + " must not hold the password");
        }
    }

    private static List<String> readLines(Path file) throws java.io.IOException {
        return Files.readAllLines(file, StandardCharsets.UTF_8);
    }

    @Test
    @Order(12)
    void checkModeWithDiffOnTheConfiguredClusterReportsNoChange() throws Exception {
        List<String> args = new ArrayList<>(runArgs);
        args.add("--check");
        args.add("--diff");
        PlaybookProcess.Result check = PlaybookProcess.run(runFolder, args, sandbox.root.resolve("check-run.jsonl"));
        assertEquals(0, check.exitCode(), () -> tail(check.lines()));
        assertEquals(0, check.recap().total("changed"), () -> E2EPrerequisites.changedTasks(check.lines()).toString());
        assertEquals(0, check.recap().total("failures"));
    }

    @Test
    @Order(13)
    void adminNetworksPassTheConsoleOnToThemAlone() throws Exception {
        PublicRequests lb = new PublicRequests(project.loadBalancer().address());
        int port = project.loadBalancer().httpsPort();
        String store = project.hostNames().store();

        applyToTheLoadBalancer(List.of("10.255.0.0/16", "127.0.0.0/8"), "admin-open");
        for (String path : List.of("/carbon/", "/carbon", "/services/AuthenticationAdmin?wsdl")) {
            PublicRequests.Answer a = lb.https(port, store, store + ":" + port, path).orElseThrow();
            assertEquals(200, a.status(), path + ": " + a);
            assertTrue(a.fromANode(), path + " is passed on from 127.0.0.1: " + a.body());
        }
        PublicRequests.Answer registry = lb.https(port, store, store + ":" + port, "/registry/").orElseThrow();
        assertEquals(404, registry.status(), registry.toString());
        assertFalse(registry.fromANode(), "the registry stays closed: " + registry.body());

        applyToTheLoadBalancer(List.of("10.255.0.0/16"), "admin-elsewhere");
        PublicRequests.Answer closed = lb.https(port, store, store + ":" + port, "/carbon/").orElseThrow();
        assertEquals(404, closed.status(), closed.toString());
        assertFalse(closed.fromANode(), "127.0.0.1 is not in 10.255.0.0/16: " + closed.body());
    }

    /** Runs the playbook on the load balancer alone for the project with these admin networks. */
    private void applyToTheLoadBalancer(List<String> adminNetworks, String name) throws Exception {
        ClusterProject changed = project.withLoadBalancer(project.loadBalancer().withAdminNetworks(adminNetworks));
        Path folder = sandbox.root.resolve(name);
        BundleWriter.writeRunFolder(changed, folder);
        List<String> args = new ArrayList<>(E2EPrerequisites.secretAndTestVars(changed, folder, sandbox.hostsFile));
        args.addAll(List.of("--limit", io.eswizard.generate.InventoryGenerator.LOAD_BALANCER_HOST));
        PlaybookProcess.Result run = PlaybookProcess.run(folder, args, sandbox.root.resolve(name + ".jsonl"));
        assertEquals(0, run.exitCode(), () -> tail(run.lines()));
        assertTrue(run.recap().total("changed") > 0, "the sites changed");
    }

    // ---- helpers

    /** Logs in with the datasource's own URL and credentials, from the given source address (null: any). */
    private static Connection connect(Datasources.Entry ds, String sourceAddress) throws SQLException {
        Properties props = new Properties();
        props.setProperty("user", ds.user());
        props.setProperty("password", ds.password());
        if (sourceAddress != null) {
            props.setProperty("localSocketAddress", sourceAddress);
        }
        props.setProperty("useSSL", "false");
        props.setProperty("connectTimeout", "5000");
        try {
            Class.forName("com.mysql.jdbc.Driver");
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
        return DriverManager.getConnection(ds.url(), props);
    }

    private static Set<String> tables(Connection c, String schema) throws SQLException {
        Set<String> tables = new HashSet<>();
        try (var st = c.prepareStatement("SELECT table_name FROM information_schema.tables WHERE table_schema = ?")) {
            st.setString(1, schema);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    tables.add(rs.getString(1).toUpperCase());
                }
            }
        }
        return tables;
    }

    private static JsonNode withoutSsoTargets(JsonNode config) {
        JsonNode copy = config.deepCopy();
        JsonNode attrs = copy.at("/authentication/methods/sso/attributes");
        if (attrs instanceof com.fasterxml.jackson.databind.node.ObjectNode o) {
            o.remove(List.of("issuer", "identityProviderURL", "acs"));
        }
        return copy;
    }

    /** GET path through NGINX, with SNI and Host set to the public name; returns the body. */
    private String httpsThroughLoadBalancer(String hostName, String path) throws Exception {
        SSLContext ctx = SSLContext.getInstance("TLS");
        ctx.init(null, new TrustManager[] {new TrustAll()}, null);
        try (SSLSocket s = (SSLSocket) ctx.getSocketFactory().createSocket()) {
            s.connect(new InetSocketAddress(InetAddress.getByName(project.loadBalancer().address()),
                    project.loadBalancer().httpsPort()), 5000);
            s.setSoTimeout(10000);
            SSLParameters params = s.getSSLParameters();
            params.setServerNames(List.of(new SNIHostName(hostName)));
            s.setSSLParameters(params);
            OutputStream out = s.getOutputStream();
            out.write(("GET " + path + " HTTP/1.1\r\nHost: " + hostName + ":" + project.loadBalancer().httpsPort()
                    + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = s.getInputStream();
            ByteArrayOutputStream body = new ByteArrayOutputStream();
            in.transferTo(body);
            String response = body.toString(StandardCharsets.UTF_8);
            assertTrue(response.startsWith("HTTP/1.1 200"), response);
            return response.substring(response.indexOf("\r\n\r\n") + 4);
        }
    }

    /** Every ES_HOME named by a string value of the stand-in's JSON answer. */
    private Set<String> homesNamedIn(String body) throws Exception {
        String json = body.substring(body.indexOf('{'), body.lastIndexOf('}') + 1);
        Set<String> homes = new HashSet<>();
        List<String> values = new ArrayList<>();
        collectStrings(new ObjectMapper().readTree(json), values);
        for (EsNode n : project.nodes()) {
            for (String v : values) {
                if (v.equals(n.esHome()) || v.startsWith(n.esHome() + "/")) {
                    homes.add(n.esHome());
                }
            }
        }
        assertFalse(homes.isEmpty(), "the answer names no node: " + body);
        return homes;
    }

    private static void collectStrings(JsonNode node, List<String> out) {
        if (node.isTextual()) {
            out.add(node.asText());
        }
        for (Iterator<JsonNode> it = node.elements(); it.hasNext(); ) {
            collectStrings(it.next(), out);
        }
    }

    private static String tail(List<String> lines) {
        return E2EPrerequisites.failures(lines);
    }

    private static final class TrustAll implements X509TrustManager {
        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType) {
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType) {
        }

        @Override
        public X509Certificate[] getAcceptedIssuers() {
            return new X509Certificate[0];
        }
    }
}
