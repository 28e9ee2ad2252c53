package io.eswizard.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.eswizard.diagnose.Diagnostics;
import io.eswizard.model.ProjectDefaults;
import io.eswizard.project.ProjectFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code diagnose FILE --out DIR|ZIP}: the bundle and its exit code, and clear refusals that leave nothing behind. */
class DiagnoseCommandTest {

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
        Path p = Path.of(DiagnoseCommandTest.class.getResource("/fake-ansible/" + name).toURI());
        Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rwxr-xr-x"));
        return p.toString();
    }

    private CliRun diagnose(Path out, String fake) throws Exception {
        return CliRun.of("diagnose", project.toString(), "--out", out.toString(), "--secrets-file", secrets.toString(),
                "--ansible-playbook", fake(fake));
    }

    /** What the test folder holds besides the project, its secrets and the sandbox. */
    private List<String> leftovers() throws Exception {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString())
                    .filter(n -> !List.of("cluster.yaml", "secrets.yaml", "sandbox", "create-at.txt").contains(n))
                    .sorted().toList();
        }
    }

    @Test
    void aBundleWithoutAnUnreachableMachineExitsWithFourNamingIt() throws Exception {
        Path out = dir.resolve("diag.zip");
        CliRun run = diagnose(out, "diagnose.sh");

        assertEquals(4, run.exitCode(), run.all());
        assertTrue(run.out().contains("Not gathered: store-2 (127.0.0.14): unreachable: "), run.out());
        assertFalse(run.all().contains("Tr1cky-Passw0rd"), run.all());
        assertTrue(run.out().contains("Diagnostics bundle: " + out), run.out());
        try (ZipFile zip = new ZipFile(out.toFile())) {
            assertTrue(zip.getEntry("README.txt") != null);
            assertTrue(zip.getEntry("machines/store-1/manifest.json") != null);
        }
        assertEquals(List.of(".esw-diagnose", "diag.zip"), leftovers());
    }

    @Test
    void anExistingOutputIsRefusedBeforeAnythingRunsAndStaysAsItWas() throws Exception {
        Path out = Files.writeString(dir.resolve("diag.zip"), "mine");
        CliRun run = diagnose(out, "diagnose.sh");

        assertEquals(2, run.exitCode(), run.all());
        assertTrue(run.err().contains(out + " already exists"), run.err());
        assertFalse(run.hasStackTrace(), run.all());
        assertEquals("mine", Files.readString(out));
        assertEquals(List.of("diag.zip"), leftovers(), "no run was started");
    }

    @Test
    void anOutputInAMissingFolderIsRefusedNamingTheFolder() throws Exception {
        Path out = dir.resolve("no-such-folder/diag.zip");
        CliRun run = diagnose(out, "diagnose.sh");

        assertEquals(2, run.exitCode(), run.all());
        assertTrue(run.err().contains("The folder " + dir.resolve("no-such-folder") + " does not exist"), run.err());
        assertEquals(List.of(), leftovers());
    }

    @Test
    void withoutOutTheUsageSaysSo() throws Exception {
        CliRun run = CliRun.of("diagnose", project.toString());

        assertEquals(2, run.exitCode(), run.all());
        assertTrue(run.err().contains("Missing required option: '--out=DIR|ZIP'"), run.err());
        assertEquals(List.of(), leftovers());
    }

    @Test
    void anUnreadableProjectFileExitsWithTwoNamingIt() throws Exception {
        Files.writeString(project, "schemaVersion: 1\nname: [unclosed\n");
        CliRun run = diagnose(dir.resolve("diag.zip"), "diagnose.sh");

        assertEquals(2, run.exitCode(), run.all());
        assertTrue(run.err().contains(project.toString()), run.err());
        assertFalse(run.hasStackTrace(), run.all());
        assertEquals(List.of(), leftovers());
    }

    @Test
    void anOutputThatAppearsWhileTheBundleIsMadeIsLeftAloneAndNoHalfBundleRemains() throws Exception {
        Path out = dir.resolve("diag");
        Files.writeString(dir.resolve("create-at.txt"), out.toString());
        CliRun run = diagnose(out, "diagnose.sh");

        assertEquals(1, run.exitCode(), run.all());
        assertTrue(run.err().contains("no bundle was written: " + out + " appeared while the bundle was made"),
                run.err());
        try (Stream<Path> s = Files.list(out)) {
            assertEquals(0, s.count(), "the folder someone else made stays as it was");
        }
        assertEquals(List.of(".esw-diagnose", "diag"), leftovers(), "no partial bundle beside it");
    }

    @Test
    void theHelpListsTheCommand() {
        CliRun run = CliRun.of("--help");
        assertTrue(run.out().contains("diagnose"), run.out());
        assertTrue(CliRun.of("diagnose", "--help").out().contains("--out=DIR|ZIP"));
        assertEquals(Diagnostics.PLAYBOOK, "diagnose.yml");
    }
}
