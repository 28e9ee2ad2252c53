package io.eswizard.project;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.eswizard.model.ClusterProject;
import io.eswizard.model.EsNode;
import io.eswizard.model.HostOverride;
import io.eswizard.model.NodeRole;
import io.eswizard.model.ProjectDefaults;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProjectFilesTest {

    @TempDir
    Path dir;

    @Test
    void savedReferenceProjectOpensAsAnEqualRecord() throws Exception {
        ClusterProject p = ProjectDefaults.reference("shop", 2, 2);
        Path file = dir.resolve("project.yaml");
        ProjectFiles.save(file, p);
        assertEquals(p, ProjectFiles.load(file));
    }

    @Test
    void savedSandboxProjectWithOverridesOpensAsAnEqualRecord() throws Exception {
        ClusterProject p = ProjectDefaults.localSandbox("sandbox", 3, 2, dir.resolve("sb"), true);
        p = p.withConnection(p.connection().withHostOverrides(List.of(
                new HostOverride("10.0.0.5", false, "deploy", 2222, "/keys/id"),
                new HostOverride("10.0.0.6", false, null, null, null))));
        Path file = dir.resolve("project.yaml");
        ProjectFiles.save(file, p);
        assertEquals(p, ProjectFiles.load(file));
    }

    @Test
    void hostileStringsSurviveTheRoundTrip() throws Exception {
        String hostile = "a: \"b\" 'c' # d {{ e }} <f> & g \u00e9\u4e2d\ud83d\ude00\nsecond line\ttab ~ null true 0x1F *x &y !z";
        ClusterProject p = ProjectDefaults.reference(hostile, 1, 1);
        p = p.withNodes(List.of(EsNode.of("publisher-1", NodeRole.PUBLISHER, hostile),
                EsNode.of("store-1", NodeRole.STORE, "123").withEsHome("true")));
        Path file = dir.resolve("project.yaml");
        ProjectFiles.save(file, p);
        assertEquals(p, ProjectFiles.load(file));
    }

    @Test
    void enumsAreWrittenInLowerCaseAndSchemaVersionFirst() {
        String yaml = ProjectFiles.toYaml(ProjectDefaults.reference("x", 2, 2));
        String firstKey = yaml.lines().filter(l -> !l.startsWith("#")).findFirst().orElseThrow();
        assertEquals("schemaVersion: " + ProjectFiles.SCHEMA_VERSION, firstKey);
        assertTrue(yaml.contains("role: \"publisher\""), yaml);
        assertTrue(yaml.contains("membershipScheme: \"wka\""), yaml);
        assertTrue(yaml.contains("adminAccess: \"socket\""), yaml);
        assertTrue(yaml.contains("layout: \"is_5_1_0\""), yaml);
        assertFalse(yaml.lines().filter(l -> !l.startsWith("#")).anyMatch(l -> l.toLowerCase().contains("password")));
    }

    @Test
    void saveKeepsThePreviousVersionAsBak() throws Exception {
        Path file = dir.resolve("p.yaml");
        ProjectFiles.save(file, ProjectDefaults.reference("first", 2, 2));
        ProjectFiles.save(file, ProjectDefaults.reference("second", 2, 2));
        assertEquals("second", ProjectFiles.load(file).name());
        assertEquals("first", ProjectFiles.load(dir.resolve("p.yaml.bak")).name());
        try (var files = Files.list(dir)) {
            assertEquals(2, files.count(), "no temp file left behind");
        }
    }

    @Test
    void wrongTypeNamesLineColumnFieldAndExpectation() throws Exception {
        String yaml = ProjectFiles.toYaml(ProjectDefaults.reference("x", 2, 2))
                .replaceFirst("portOffset: 0", "portOffset: \"abc\"");
        ProjectFileException e = loadFails(yaml);
        assertEquals("nodes[0].portOffset", e.fieldPath());
        assertTrue(e.line() > 1);
        assertTrue(e.getMessage().matches("(?s).*project\\.yaml line \\d+, column \\d+: nodes\\[0]\\.portOffset: "
                + "expected a whole number, found \"abc\".*"), e.getMessage());
    }

    @Test
    void newerSchemaIsRefused() {
        ProjectFileException e = loadFails("schemaVersion: 3\nname: x\n");
        assertTrue(e.getMessage().contains("written by a newer version of ES Cluster Wizard (schema 3); "
                + "this version reads up to " + ProjectFiles.SCHEMA_VERSION), e.getMessage());
    }

    @Test
    void unknownKeyIsNamedWithTheKnownOnes() throws Exception {
        String yaml = ProjectFiles.toYaml(ProjectDefaults.reference("x", 2, 2))
                .replace("  sshPort: 22", "  sshPort: 22\n  sshPrt: 22");
        ProjectFileException e = loadFails(yaml);
        assertTrue(e.getMessage().contains("unknown key 'sshPrt'"), e.getMessage());
        assertTrue(e.getMessage().contains("sshPort"), e.getMessage());
    }

    @Test
    void missingAndNullValuesAreRefused() throws Exception {
        String full = ProjectFiles.toYaml(ProjectDefaults.reference("x", 2, 2));
        ProjectFileException missing = loadFails(full.replaceFirst("  domain: .*\n", ""));
        assertEquals("clustering.domain", missing.fieldPath(), missing.getMessage());
        ProjectFileException nul = loadFails(full.replaceFirst("  domain: .*\n", "  domain: null\n"));
        assertEquals("clustering.domain", nul.fieldPath(), nul.getMessage());
        ProjectFileException missingInt = loadFails(full.replaceFirst("  sshPort: .*\n", ""));
        assertEquals("connection.sshPort", missingInt.fieldPath(), missingInt.getMessage());
    }

    @Test
    void misspelledRequiredKeyIsReportedAsMissing() throws Exception {
        String yaml = ProjectFiles.toYaml(ProjectDefaults.reference("x", 2, 2))
                .replace("  sshPort: 22", "  sshPrt: 22");
        ProjectFileException e = loadFails(yaml);
        assertEquals("connection.sshPort", e.fieldPath());
        assertTrue(e.problem().startsWith("missing or misspelled"), e.getMessage());
    }

    @Test
    void passwordKeyPointsAtTheSecretsOptions() {
        ProjectFileException e = loadFails("schemaVersion: 1\ndatabase:\n  appPassword: hunter2\n");
        assertEquals("database.appPassword", e.fieldPath());
        assertEquals(3, e.line());
        assertTrue(e.getMessage().contains("--secrets-file"), e.getMessage());
    }

    private ProjectFileException loadFails(String yaml) {
        Path file = dir.resolve("project.yaml");
        try {
            Files.writeString(file, yaml, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        return assertThrows(ProjectFileException.class, () -> ProjectFiles.load(file));
    }
}
