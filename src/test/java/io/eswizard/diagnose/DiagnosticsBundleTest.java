package io.eswizard.diagnose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.eswizard.ansible.AnsibleTools;
import io.eswizard.ansible.ProjectRuns;
import io.eswizard.ansible.RunListener;
import io.eswizard.ansible.SecretScrubber;
import io.eswizard.model.ClusterProject;
import io.eswizard.model.ProjectDefaults;
import io.eswizard.model.Secrets;
import io.eswizard.project.ProjectFiles;
import io.eswizard.testsupport.BundleLeaks;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

/**
 * The bundle's layout, README.txt and masking, from a fake diagnose run (fake-ansible/diagnose.sh) whose
 * machines' zips hold the database password in several forms and password-like values, and leave one
 * machine out as unreachable.
 */
class DiagnosticsBundleTest {

    static final String PASSWORD = "Tr1cky&Pa<ss>w0rd'x";

    @TempDir
    Path dir;
    Path projectFile;
    ClusterProject project;

    @BeforeEach
    void project() throws Exception {
        projectFile = dir.resolve("cluster.eswiz");
        project = ProjectDefaults.localSandbox("demo", 2, 2, dir.resolve("sandbox"), true);
        ProjectFiles.save(projectFile, project);
    }

    static AnsibleTools fake() throws Exception {
        Path p = Path.of(DiagnosticsBundleTest.class.getResource("/fake-ansible/diagnose.sh").toURI());
        Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rwxr-xr-x"));
        return AnsibleTools.onPath().withPlaybook(p.toString());
    }

    private DiagnosticsResult make(Path out) throws Exception {
        DiagnoseRun run = new Diagnostics(fake(), projectFile).start(project, new Secrets(PASSWORD, ""), out,
                "es-cluster-wizard diagnose " + projectFile + " --out " + out, RunListener.NONE);
        return run.await();
    }

    @Test
    void aZipBundleHoldsEachMachineAndThisMachineWithNoPasswordAndAReadmeListingIt() throws Exception {
        Path out = dir.resolve("diag.zip");
        DiagnosticsResult result = make(out);

        Map<String, byte[]> entries = BundleLeaks.unzip(out);
        assertEquals(List.of(), BundleLeaks.leaks(entries, List.of(PASSWORD)));
        // the password-like values no one told the app about are gone as well
        String all = new String(String.join("\n", entries.values().stream()
                .map(b -> new String(b, StandardCharsets.UTF_8)).toList()));
        for (String value : List.of("StockAdminPw1", "LdapPw-123", "KsPass-77", "Ks-Secret-9", "MIIEabc")) {
            assertFalse(all.contains(value), value);
        }

        List<String> hosts = ProjectRuns.inventoryHosts(project);
        TreeSet<String> expected = new TreeSet<>();
        for (String host : hosts) {
            if (host.equals("store-2")) {
                continue;
            }
            for (String f : List.of("files/opt/es/repository/conf/datasources/master-datasources.xml",
                    "files/opt/es/repository/conf/user-mgt.xml", "files/opt/es/repository/conf/tomcat/catalina-server.xml",
                    "files/etc/app.properties", "files/etc/nginx/ssl/site.crt.txt",
                    "logs/opt/es/repository/logs/wso2carbon.log", "commands/nginx-T.txt", "manifest.json")) {
                expected.add("machines/" + host + "/" + f);
            }
        }
        expected.addAll(List.of("README.txt", "local/project/cluster.eswiz", "local/ansible-version.txt",
                "local/wizard-version.txt", "local/diagnose-run/run-summary.json", "local/diagnose-run/output.log"));
        assertEquals(expected, new TreeSet<>(entries.keySet()), "no entry outside its machine's folder (../escape)");

        Document ds = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new ByteArrayInputStream(
                entries.get("machines/publisher-1/files/opt/es/repository/conf/datasources/master-datasources.xml")));
        var xpath = XPathFactory.newInstance().newXPath();
        assertEquals(SecretScrubber.MASK, xpath.evaluate("//datasource/definition/configuration/password", ds));
        assertEquals("wso2es", xpath.evaluate("//datasource/definition/configuration/username", ds));
        assertEquals(project, ProjectFiles.load(writeOut(entries.get("local/project/cluster.eswiz"))));

        Map<String, List<List<String>>> readme = ReadmeTables.parse(
                new String(entries.get("README.txt"), StandardCharsets.UTF_8));
        List<List<String>> machines = readme.get(DiagnosticsReadme.MACHINES);
        assertEquals(hosts, machines.stream().map(r -> r.get(0)).toList());
        List<String> store2 = machines.stream().filter(r -> r.get(0).equals("store-2")).findFirst().orElseThrow();
        assertEquals(project.node("store-2").orElseThrow().address(), store2.get(1));
        assertEquals("no", store2.get(2));
        assertTrue(store2.get(4).startsWith("unreachable: Failed to connect"), store2.toString());
        assertTrue(machines.stream().filter(r -> !r.get(0).equals("store-2")).allMatch(r -> r.get(2).equals("yes")));
        assertEquals(List.of("store-2"), result.missing().stream().map(MachineOutcome::host).toList());

        List<List<String>> collected = readme.get(DiagnosticsReadme.COLLECTED);
        List<String> ds1 = row(collected, "machines/publisher-1/files/opt/es/repository/conf/datasources/"
                + "master-datasources.xml");
        assertEquals(List.of("publisher-1", "/opt/es/repository/conf/datasources/master-datasources.xml", "copied"),
                ds1.subList(1, 4));
        assertTrue(ds1.get(4).contains("known password(s) masked"), ds1.toString());
        List<String> jks = collected.stream().filter(r -> r.get(1).equals("database")
                && r.get(2).endsWith("wso2carbon.jks")).findFirst().orElseThrow();
        assertEquals(List.of("-", "database", "/opt/es/repository/resources/security/wso2carbon.jks", "skipped"),
                jks.subList(0, 4));
        assertTrue(collected.stream().anyMatch(r -> r.get(2).endsWith("identity.xml") && r.get(3).equals("missing")));
        assertTrue(collected.stream().filter(r -> r.get(2).endsWith("escape.txt"))
                .allMatch(r -> r.get(0).equals("-") && r.get(3).equals("left out")), collected::toString);
        assertEquals("copied", row(collected, "local/project/cluster.eswiz").get(3));
        String text = new String(entries.get("README.txt"), StandardCharsets.UTF_8);
        assertTrue(text.contains("Command: es-cluster-wizard diagnose " + projectFile + " --out " + out), text);
    }

    @Test
    void aFolderBundleHoldsTheSameEntriesAsFilesOwnedByTheUserAlone() throws Exception {
        Path zip = dir.resolve("diag.zip");
        make(zip);
        Path folder = dir.resolve("diag");
        make(folder);

        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> all = Files.walk(folder)) {
            for (Path f : all.filter(Files::isRegularFile).toList()) {
                files.put(folder.relativize(f).toString(), Files.readAllBytes(f));
                assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(f)));
            }
        }
        assertEquals(BundleLeaks.unzip(zip).keySet(), files.keySet());
        assertEquals(List.of(), BundleLeaks.leaks(files, List.of(PASSWORD)));
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(folder)));
        try (Stream<Path> siblings = Files.list(dir)) {
            assertEquals(List.of(), siblings.filter(p -> p.getFileName().toString().contains(".partial-")).toList(),
                    "no partial bundle is left");
        }
    }

    private static List<String> row(List<List<String>> rows, String entry) {
        return rows.stream().filter(r -> r.get(0).equals(entry)).findFirst().orElseThrow(() -> new AssertionError(
                entry + " not in " + rows));
    }

    private Path writeOut(byte[] data) throws Exception {
        Path p = dir.resolve("read-back.eswiz");
        Files.write(p, data);
        return p;
    }
}
