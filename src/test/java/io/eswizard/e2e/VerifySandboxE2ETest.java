package io.eswizard.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.eswizard.ansible.AnsibleTools;
import io.eswizard.ansible.PlaybookRunner;
import io.eswizard.ansible.ProjectRuns;
import io.eswizard.ansible.RunListener;
import io.eswizard.ansible.RunMode;
import io.eswizard.ansible.RunRequest;
import io.eswizard.ansible.RunSummary;
import io.eswizard.cli.EsWizardCli;
import io.eswizard.model.ClusterProject;
import io.eswizard.model.EsNode;
import io.eswizard.model.HostNames;
import io.eswizard.model.Secrets;
import io.eswizard.project.ProjectFiles;
import io.eswizard.testsupport.BundleLeaks;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The way a user tries the wizard on one machine: {@code init --preset local} with 3 publishers
 * and 3 stores and the product zips (here: the stock files with the stand-in servers), the
 * Identity Server started, a run as {@code run} makes it, then {@code verify}: it passes, and
 * with a node stopped it fails naming that node; a backup, a changed registry row and a restore
 * give the row back, and the nodes come back healthy. Then {@code diagnose}:
 * the bundle of this cluster, whose passwords are known, holds none of them in any form and holds what
 * it should; and with a machine that cannot be reached it names that machine. Only the public host
 * names differ from the preset.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class VerifySandboxE2ETest {

    private MachineState machine;
    private Path root;
    private ClusterProject project;
    private Path projectFile;
    private Path secretsFile;

    @BeforeAll
    void initAndRun() throws Exception {
        E2EPrerequisites.require();
        machine = MachineState.take();
        E2EPrerequisites.stopLeftoverStandIns();
        root = E2EPrerequisites.tempRoot("esw-e2e-sandbox33-");
        Path esZip = productZip("wso2es-2.1.0", StandIns.ES, root.resolve("wso2es-2.1.0.zip"));
        Path isZip = productZip("wso2is-5.1.0", StandIns.IDENTITY_SERVER, root.resolve("wso2is-5.1.0.zip"));
        projectFile = root.resolve("sandbox.eswiz");
        String init = cli("init", projectFile.toString(), "--preset", "local", "--publishers", "3", "--stores", "3",
                "--sandbox", root.resolve("sandbox").toString(), "--es-pack", esZip.toString(), "--is-pack",
                isZip.toString());
        // Public names of its own: NGINX sites that other runs leave for the default names on the same
        // address would otherwise answer for this cluster.
        project = ProjectFiles.load(projectFile)
                .withHostNames(new HostNames("publisher.sandbox33.test", "store.sandbox33.test"));
        ProjectFiles.save(projectFile, project);
        assertEquals(6, project.nodes().size(), init);
        Path isHome = Path.of(project.sso().isHome());
        StandIns.installIdentityServer(isHome, project.sso().isAddress(), project.sso().isHttpsPort());
        StandIns.command(isHome, "start");
        secretsFile = VerifyBreakagesE2ETest.secretsFile(root.resolve("secrets.yaml"));

        // As 'run' does it, with the hosts file of the test instead of this machine's.
        ProjectRuns runs = ProjectRuns.forProjectFile(AnsibleTools.onPath(), projectFile);
        RunRequest request = runs.prepare(project, new Secrets(E2ESandbox.HOSTILE_PASSWORD, ""), RunMode.APPLY,
                List.of());
        Path hosts = root.resolve("hosts");
        Files.writeString(hosts, "127.0.0.1\tlocalhost\n");
        Files.writeString(request.runFolder().resolve("inventory/group_vars/all/e2e-test.yml"),
                "---\nes_hosts_file: '" + hosts + "'\n");
        RunSummary summary = new PlaybookRunner().run(request, RunListener.NONE);
        assertEquals(0, summary.exitCode(), () -> summary.message() + "\n" + String.join("\n", summary.lastLines()));
    }

    @AfterAll
    void removeEverything() throws Exception {
        SandboxCleanup.leaveNothingBehind(machine, project, root);
    }

    @Test
    @Order(1)
    void verifyPassesOnTheHealthyCluster() {
        VerifyCli v = VerifyCli.run(projectFile, secretsFile);

        assertEquals(0, v.exitCode(), v.all());
        assertEquals(6 * 7 + 2 * 2 + 1 + 3, v.checks().size(), v.out());
        assertTrue(v.out().contains("the cluster works"), v.out());
    }

    @Test
    @Order(2)
    void verifyFailsNamingTheStoppedNode() throws Exception {
        EsNode store2 = project.node("store-2").orElseThrow();
        StandIns.command(store2, "stop");

        VerifyCli v = VerifyCli.run(projectFile, secretsFile);

        assertEquals(1, v.exitCode(), v.all());
        assertTrue(v.failed().stream().anyMatch(c -> c.host().equals("store-2")
                && c.what().equals("answers on https://" + store2.address() + ":" + store2.httpsPort())), v.out());
        for (VerifyCli.Printed f : v.failed()) {
            assertTrue(f.host().equals("store-2") || f.cause().contains("store-2"), "about store-2: " + f);
        }
    }

    @Test
    @Order(3)
    void aBackupRestoresARegistryRowAndTheNodesComeBackHealthy() throws Exception {
        // store-2 is down from the test before: the restore starts every node, one at a time.
        BackupRestoreCheck.run(project, projectFile, secretsFile, E2EPrerequisites::localSql);
    }

    /** Passwords the admin set on the machines that the app never knew: the admin's and a key store's. */
    private static final String ADMIN_PASSWORD = "Adm1n-Sandbox33-pw";
    private static final String KEY_STORE_PASSWORD = "K3ystore-Sandbox33-pw";

    @Test
    @Order(4)
    void theDiagnosticsBundleHoldsWhatItShouldAndNoPasswordInAnyForm() throws Exception {
        EsNode publisher1 = project.node("publisher-1").orElseThrow();
        Path conf = Path.of(publisher1.esHome(), "repository/conf");
        Path isUserMgt = Path.of(project.sso().isHome(), "repository/conf/user-mgt.xml");
        // the stock Identity Server files of the fixtures have no user-mgt.xml
        for (Path userMgt : List.of(conf.resolve("user-mgt.xml"), isUserMgt).stream().filter(Files::isRegularFile)
                .toList()) {
            Files.writeString(userMgt, Files.readString(userMgt).replace("<Password>admin</Password>",
                    "<Password>" + ADMIN_PASSWORD + "</Password>"));
        }
        Path carbon = conf.resolve("carbon.xml");
        Files.writeString(carbon, Files.readString(carbon).replace("<Password>wso2carbon</Password>",
                "<Password>" + KEY_STORE_PASSWORD + "</Password>"));
        Path out = root.resolve("diagnostics.zip");

        long started = System.nanoTime();
        String[] printed = new String[2];
        int code = EsWizardCli.run(writer(printed, 0), writer(printed, 1), "diagnose", projectFile.toString(),
                "--out", out.toString(), "--secrets-file", secretsFile.toString());
        System.out.printf("diagnose of the 3+3 sandbox: %.1f s%n", (System.nanoTime() - started) / 1e9);

        assertEquals(0, code, printed[0] + printed[1]);
        Map<String, byte[]> bundle = BundleLeaks.unzip(out);
        assertEquals(List.of(), BundleLeaks.leaks(bundle, List.of(E2ESandbox.HOSTILE_PASSWORD, ADMIN_PASSWORD,
                KEY_STORE_PASSWORD)));
        assertTrue(bundle.keySet().stream().noneMatch(n -> n.endsWith(".jks") || n.endsWith(".key")), bundle.keySet()::toString);

        // every machine gathered, each ES node with its configuration and log as the playbook left them
        String readme = new String(bundle.get("README.txt"), StandardCharsets.UTF_8);
        assertTrue(readme.contains("Every machine of the project was gathered."), readme);
        for (EsNode n : project.nodes()) {
            String prefix = "machines/" + n.name() + "/files" + n.esHome() + "/repository/conf/";
            Xml c = Xml.parse(bundle.get(prefix + "carbon.xml"));
            String host = n.role().id().equals("publisher") ? project.hostNames().publisher() : project.hostNames().store();
            assertEquals(host, c.text("/Server/HostName"), n.name());
            Xml ds = Xml.parse(bundle.get(prefix + "datasources/master-datasources.xml"));
            assertEquals(io.eswizard.ansible.SecretScrubber.MASK,
                    ds.text("//datasource[name='WSO2_SHARED_REG_DB']/definition/configuration/password"), n.name());
            assertEquals(project.database().appUser(),
                    ds.text("//datasource[name='WSO2_SHARED_REG_DB']/definition/configuration/username"));
            assertTrue(bundle.containsKey("machines/" + n.name() + "/logs" + n.esHome()
                    + "/repository/logs/wso2carbon.log"), n.name());
            assertTrue(new String(bundle.get("machines/" + n.name() + "/commands/service-status.txt"),
                    StandardCharsets.UTF_8).startsWith("$ service esw-"), n.name());
        }
        String nginx = new String(bundle.get("machines/load-balancer/commands/nginx-T.txt"), StandardCharsets.UTF_8);
        assertTrue(nginx.contains("server_name " + project.hostNames().publisher()), nginx);
        String cnf = new String(bundle.get("machines/database/files/etc/mysql/mariadb.conf.d/50-server.cnf"),
                StandardCharsets.UTF_8);
        assertTrue(cnf.lines().anyMatch(l -> l.replace(" ", "").startsWith("bind-address=")), cnf);
        var manifest = new com.fasterxml.jackson.databind.ObjectMapper().readTree(
                bundle.get("machines/load-balancer/manifest.json"));
        boolean keySkipped = false;
        for (var item : manifest.path("items")) {
            keySkipped |= item.path("source").asText().endsWith(".key") && item.path("state").asText().equals("skipped");
        }
        assertTrue(keySkipped, "the load balancer's TLS key is listed and never copied: " + manifest);
        assertTrue(bundle.containsKey("local/project/" + projectFile.getFileName()));
        assertTrue(bundle.keySet().stream().anyMatch(n -> n.startsWith("local/verify/") && n.endsWith("output.log")));
        assertTrue(bundle.keySet().stream().anyMatch(n -> n.startsWith("local/runs/") && n.endsWith("run-summary.json")));
    }

    @Test
    @Order(5)
    void withAMachineThatCannotBeReachedTheBundleHoldsTheOthersAndNamesIt() throws Exception {
        EsNode store3 = project.node("store-3").orElseThrow();
        List<io.eswizard.model.HostOverride> overrides = new java.util.ArrayList<>(
                project.connection().hostOverrides().stream().filter(o -> !o.address().equals(store3.address())).toList());
        // SSH to a port where nothing listens: refused at once
        overrides.add(new io.eswizard.model.HostOverride(store3.address(), false, null, 1, null));
        Path downFile = root.resolve("down.eswiz");
        ProjectFiles.save(downFile, project.withConnection(project.connection().withHostOverrides(overrides)));
        Path out = root.resolve("down-diagnostics");

        String[] printed = new String[2];
        int code = EsWizardCli.run(writer(printed, 0), writer(printed, 1), "diagnose", downFile.toString(),
                "--out", out.toString(), "--secrets-file", secretsFile.toString());

        assertEquals(4, code, printed[0] + printed[1]);
        assertTrue(printed[0].contains("Not gathered: store-3 (" + store3.address() + "): unreachable"), printed[0]);
        String readme = Files.readString(out.resolve("README.txt"));
        String row = readme.lines().filter(l -> l.startsWith("store-3 | ")).findFirst().orElseThrow();
        assertEquals("no", List.of(row.split(" \\| ")).get(2), row);
        assertTrue(Files.isRegularFile(out.resolve("machines/store-2/manifest.json")), "the others are there");
        assertFalse(Files.exists(out.resolve("machines/store-3")));
    }

    private static PrintWriter writer(String[] printed, int index) {
        StringWriter w = new StringWriter() {
            @Override
            public void flush() {
                printed[index] = toString();
            }
        };
        printed[index] = "";
        return new PrintWriter(w, true);
    }

    private static String cli(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = EsWizardCli.run(new PrintWriter(out), new PrintWriter(err), args);
        assertEquals(0, code, out + "\n" + err);
        return out.toString();
    }

    /**
     * A product zip as WSO2 ships it (one top folder), made of the stock files of the fixtures, the
     * folders a real pack has, and the stand-in as bin/wso2server.sh.
     */
    private static Path productZip(String product, String standIn, Path zipFile) throws IOException {
        Path folder = E2ESandbox.fixtures().resolve(product);
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(zipFile));
             Stream<Path> files = Files.walk(folder)) {
            for (Path f : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
                zip.putNextEntry(new ZipEntry(product + "/" + folder.relativize(f).toString().replace('\\', '/')));
                Files.copy(f, zip);
                zip.closeEntry();
            }
            for (String dir : List.of("repository/components/lib/", "repository/logs/")) {
                zip.putNextEntry(new ZipEntry(product + "/" + dir));
                zip.closeEntry();
            }
            zip.putNextEntry(new ZipEntry(product + "/bin/wso2server.sh"));
            try (InputStream in = VerifySandboxE2ETest.class.getResourceAsStream(standIn)) {
                in.transferTo(zip);
            }
            zip.closeEntry();
        }
        return zipFile;
    }
}
