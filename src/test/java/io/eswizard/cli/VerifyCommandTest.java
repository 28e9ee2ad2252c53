package io.eswizard.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.eswizard.ansible.RunHistory;
import io.eswizard.model.ProjectDefaults;
import io.eswizard.project.ProjectFiles;
import io.eswizard.verify.ClusterVerifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code verify FILE}: one line per check, the cause and the setting under a failure, and the exit code. */
class VerifyCommandTest {

    @TempDir
    Path dir;
    Path project;
    Path secrets;

    @BeforeEach
    void project() throws Exception {
        project = dir.resolve("cluster.yaml");
        ProjectFiles.save(project, ProjectDefaults.localSandbox("demo", 2, 2, dir.resolve("sandbox"), true));
        secrets = Files.createFile(dir.resolve("secrets.yaml"),
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        Files.writeString(secrets, "databasePassword: \"Tr1cky-Passw0rd\"\n");
    }

    private static String fake(String name) throws Exception {
        Path p = Path.of(VerifyCommandTest.class.getResource("/fake-ansible/" + name).toURI());
        Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rwxr-xr-x"));
        return p.toString();
    }

    private CliRun verify(String fake) throws Exception {
        return CliRun.of("verify", project.toString(), "--secrets-file", secrets.toString(), "--ansible-playbook",
                fake(fake));
    }

    /** The check lines: status, host and what, split on the column gaps. */
    private static List<List<String>> checkLines(String out) {
        return Arrays.stream(out.split("\n")).filter(l -> l.startsWith("ok  ") || l.startsWith("FAIL  "))
                .map(l -> List.of(l.split("\\s{2,}", 3))).toList();
    }

    @Test
    void aFailedCheckIsPrintedWithItsCauseAndTheSettingThatFixesItAndExitsWithOne() throws Exception {
        CliRun run = verify("verify-fail.sh");

        assertEquals(1, run.exitCode(), run.all());
        List<List<String>> checks = checkLines(run.out());
        assertEquals(48, checks.size(), run.out());
        assertEquals(20, checks.stream().filter(c -> c.get(0).equals("FAIL")).count(), run.out());
        List<String> lines = List.of(run.out().split("\n"));
        int fail = lines.indexOf("FAIL  store-2          logs in to WSO2REG_DB on 127.0.0.1:3306 as 'wso2es'");
        assertEquals("      cause: cannot reach MySQL at 127.0.0.1:3306: Can't connect to MySQL server on '127.0.0.1' "
                + "([Errno 111] Connection refused)", lines.get(fail + 1));
        assertEquals("      fix:   Database › Database address", lines.get(fail + 2));
        int route = lines.indexOf("FAIL  load-balancer    https://store.es.example.com:8443/store/ reaches a store node "
                + "through the load balancer (127.0.0.30)");
        assertEquals("      cause: nothing listens on 127.0.0.30:8443 (connection refused)", lines.get(route + 1));
        assertEquals("      fix:   Load balancer › HTTPS port", lines.get(route + 2));
        assertTrue(run.out().contains("20 of 48 checks failed."), run.out());
        assertFalse(run.hasStackTrace(), run.all());

        Path folder = new RunHistory(dir.resolve(ClusterVerifier.RUNS_FOLDER)).list().get(0).folder();
        List<String> argv = Files.readAllLines(folder.resolve("argv.txt"));
        assertEquals(List.of("-i", "inventory/hosts.yml", "verify.yml", "-e"), argv.subList(0, 4));
        assertTrue(Files.isRegularFile(folder.resolve("verify.yml")), "the run folder holds the bundle");
        assertFalse(Files.exists(dir.resolve(RunHistory.RUNS_FOLDER)), "verify runs stay out of the run history");
    }

    @Test
    void whenEveryCheckPassesItSaysWhereToOpenTheClusterAndExitsWithZero() throws Exception {
        CliRun run = verify("verify-pass.sh");

        assertEquals(0, run.exitCode(), run.all());
        List<List<String>> checks = checkLines(run.out());
        assertEquals(50, checks.size(), run.out());
        assertTrue(checks.stream().allMatch(l -> l.get(0).equals("ok")), run.out());
        assertTrue(checks.contains(List.of("ok", "store-3", "joined the cluster: its log since its latest start lists "
                + "all 6 nodes")), run.out());
        assertTrue(run.out().contains("All 50 checks passed: the cluster works. Open "
                + "https://publisher.es.example.com:8443/publisher/ or https://store.es.example.com:8443/store/"),
                run.out());
    }

    @Test
    void aRunThatEndsBeforeCheckingAnythingFails() throws Exception {
        CliRun run = verify("crash.sh");

        assertEquals(1, run.exitCode(), run.all());
        assertEquals(List.of("FAIL", "-", "the verify run"), checkLines(run.out()).get(0));
        assertTrue(run.out().contains("MemoryError: out of memory"), run.out());
    }

    @Test
    void anUnreadableProjectFileExitsWithTwoNamingIt() throws Exception {
        Files.writeString(project, "schemaVersion: 1\nname: [unclosed\n");
        CliRun run = verify("verify-pass.sh");

        assertEquals(2, run.exitCode(), run.all());
        assertTrue(run.err().contains(project.toString()), run.err());
        assertFalse(run.hasStackTrace(), run.all());
    }

    @Test
    void aProjectWithErrorsIsNotVerified() throws Exception {
        ProjectFiles.save(project, ProjectDefaults.reference("demo", 2, 2));
        CliRun run = verify("verify-pass.sh");

        assertEquals(1, run.exitCode(), run.all());
        assertTrue(run.err().contains("has errors"), run.err());
        assertFalse(Files.exists(dir.resolve(ClusterVerifier.RUNS_FOLDER)));
    }
}
