package io.eswizard.project;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.eswizard.model.ClusterProject;
import io.eswizard.model.EsNode;
import io.eswizard.model.NodeRole;
import io.eswizard.model.ProjectDefaults;
import io.eswizard.model.Secrets;
import io.eswizard.model.field.Field;
import io.eswizard.model.field.FieldValues;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MigrationAndDefaultsTest {

    @TempDir
    Path dir;

    @Test
    void schemaZeroFlatListsBecomeNodesWithRoles() throws Exception {
        ClusterProject p = ProjectFiles.load(Path.of("src/test/resources/migration/schema0.yaml"));
        assertEquals(List.of(
                new EsNode("pub-a", NodeRole.PUBLISHER, "10.0.0.11", "/opt/wso2es-2.1.0", 0, 4000, ""),
                new EsNode("store-a", NodeRole.STORE, "10.0.0.13", "/opt/wso2es-2.1.0", 1, 4001, "")), p.nodes());
        Path saved = dir.resolve("p.yaml");
        ProjectFiles.save(saved, p);
        assertTrue(Files.readString(saved).contains("schemaVersion: " + ProjectFiles.SCHEMA_VERSION));
        assertEquals(p, ProjectFiles.load(saved));
    }

    @Test
    void aSchemaOneFileOpensWithoutAdminNetworksAndIsSavedInTheNewestSchema() throws Exception {
        ClusterProject written = ProjectDefaults.reference("old", 2, 2);
        String newest = ProjectFiles.toYaml(written);
        assertTrue(newest.contains("adminNetworks"), newest);
        String schemaOne = newest.replace("schemaVersion: " + ProjectFiles.SCHEMA_VERSION, "schemaVersion: 1")
                .lines().filter(line -> !line.contains("adminNetworks")).reduce("", (a, b) -> a + b + "\n");
        Path old = Files.writeString(dir.resolve("old.yaml"), schemaOne);

        ClusterProject read = ProjectFiles.load(old);

        assertEquals(2, Field.ADMIN_NETWORKS.since());
        assertEquals(List.of(), read.loadBalancer().adminNetworks());
        assertEquals(written, read);
    }

    @Test
    void settingsOfALaterSchemaGetTheirDefaultsInOlderFiles() throws Exception {
        ClusterProject written = ProjectDefaults.localSandbox("x", 2, 1, dir, false);
        var mapper = ProjectMapper.create();
        ObjectNode root = (ObjectNode) mapper.readTree(ProjectFiles.toYaml(written));
        root.remove(ProjectFiles.SCHEMA_VERSION_KEY);
        ((ObjectNode) root.get("database")).remove("scriptsHome");
        ((ObjectNode) root.get("loadBalancer")).remove("tlsMode");
        root.get("nodes").forEach(n -> ((ObjectNode) n).remove("localMemberHost"));
        root.get("connection").get("hostOverrides").forEach(o -> ((ObjectNode) o).remove("sshUser"));
        ((ObjectNode) root.get("hostNames")).put("store", "kept.example.org");
        root.remove("packs");

        // as if these had come with schema 2: the migration from 1 adds them, with a new project's values
        new MigrateAddedSettings(1, List.of(Field.SCRIPTS_HOME, Field.TLS_MODE, Field.NODE_LOCAL_MEMBER_HOST,
                Field.OVERRIDE_SSH_USER, Field.STORE_HOST_NAME, Field.ES_ZIP, Field.IS_ZIP, Field.JDK_ARCHIVE,
                Field.JAVA_HOME, Field.START_SERVERS), mapper).migrate(root);
        ClusterProject read = mapper.treeToValue(root, ClusterProject.class);
        assertEquals(FieldValues.write(Field.STORE_HOST_NAME, written, "kept.example.org"), read,
                "only the missing keys are added, a missing section too; a key the file has stays");
        assertEquals(Field.schemaVersion(), ProjectFiles.SCHEMA_VERSION, "the schema of the newest setting");
        assertEquals(ProjectFiles.SCHEMA_VERSION - 1, MigrateAddedSettings.upTo(ProjectFiles.SCHEMA_VERSION, mapper)
                .size(), "one migration per schema after the first");
    }

    @Test
    void referencePresetIsTwoPlusTwoWithFirstPublisherAndStoreAsMembers() {
        ClusterProject p = ProjectDefaults.reference("x", ProjectDefaults.DEFAULT_PUBLISHERS,
                ProjectDefaults.DEFAULT_STORES);
        assertEquals(2, p.nodesWithRole(NodeRole.PUBLISHER).count());
        assertEquals(2, p.nodesWithRole(NodeRole.STORE).count());
        assertEquals(List.of("publisher-1", "store-1"), p.clustering().wellKnownMembers());
    }

    @Test
    void localPresetGivesDistinctLoopbackAddressesOffsetsAndLocalConnections() {
        ClusterProject p = ProjectDefaults.localSandbox("x", 2, 2, dir, true);
        assertEquals(4, p.nodes().stream().map(EsNode::address).distinct().count());
        assertEquals(4, p.nodes().stream().map(EsNode::portOffset).distinct().count());
        assertTrue(p.nodes().stream().allMatch(n -> n.address().startsWith("127.")));
        assertTrue(p.nodes().stream().allMatch(n -> p.connection().overrideFor(n.address()).orElseThrow().local()));
        assertTrue(p.nodes().stream().allMatch(n -> n.esHome().startsWith(dir.toString())));
    }

    @Test
    void secretsComeFromFileOrEnvironmentAndGroupReadableFilesAreRefused() throws Exception {
        ClusterProject p = ProjectDefaults.reference("x", 2, 2);
        Path f = dir.resolve("secrets.yml");
        Files.writeString(f, "databasePassword: \"s3: cret\"\n");
        Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("rw-r-----"));
        SecretsSource.SecretsException e = assertThrows(SecretsSource.SecretsException.class,
                () -> SecretsSource.resolve(p, f, Map.of(), null));
        assertTrue(e.getMessage().contains("chmod 600"), e.getMessage());
        Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("rw-------"));
        assertEquals("s3: cret", SecretsSource.resolve(p, f, Map.of(), null).databasePassword());
        Secrets fromEnv = SecretsSource.resolve(p, null, Map.of(SecretsSource.DB_PASSWORD_ENV, "envpw"), null);
        assertEquals("envpw", fromEnv.databasePassword());
        SecretsSource.SecretsException none = assertThrows(SecretsSource.SecretsException.class,
                () -> SecretsSource.resolve(p, null, Map.of(), null));
        assertTrue(none.getMessage().contains(SecretsSource.DB_PASSWORD_ENV), none.getMessage());
    }
}
