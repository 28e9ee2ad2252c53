package io.eswizard.playbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files that hold passwords are closed to other users, and so are their backup copies, of which the
 * newest few stay: es_secret_files, and the mode es_xml_edit / es_json_edit give a backup they make.
 */
class SecretFilesTest {

    private static final String PASSWORD = "/datasources-configuration/datasources/datasource[name/text()='WSO2_USER_DB']"
            + "/definition[@type='RDBMS']/configuration/password";
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");
    private static final Set<PosixFilePermission> WORLD_READABLE = PosixFilePermissions.fromString("rw-r--r--");

    @TempDir
    Path dir;

    private static ModuleCall secretFiles(Path... files) {
        return new ModuleCall("es_secret_files", Map.of("paths", Stream.of(files).map(Path::toString).toList(),
                "mode", "0600", "backup_keep", 3), false);
    }

    /** Backup copies named as Ansible names them, a day apart, oldest first, each readable by everyone. */
    private static List<Path> backups(Path file, int count) throws Exception {
        List<Path> copies = new ArrayList<>();
        for (int day = 1; day <= count; day++) {
            Path copy = file.resolveSibling(file.getFileName() + "." + (4000 + (count - day)) + ".2026-03-0" + day
                    + "@10:15:0" + day + "~");
            Files.writeString(copy, "<old password " + day + "/>");
            Files.setPosixFilePermissions(copy, WORLD_READABLE);
            copies.add(copy);
        }
        return copies;
    }

    private static Set<String> namesIn(Path folder) throws Exception {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).collect(TreeSet::new, Set::add, Set::addAll);
        }
    }

    @Test
    void anEditedPasswordFileAndTheBackupOfItsStockContentAreClosed() throws Exception {
        Path file = StockFiles.copy(StockFiles.MASTER_DATASOURCES, dir);
        Files.setPosixFilePermissions(file, WORLD_READABLE);
        Path json = StockFiles.copy(StockFiles.PUBLISHER_JSON, dir);
        Files.setPosixFilePermissions(json, WORLD_READABLE);

        EditModules.Outcome out = EditModules.run(dir,
                ModuleCall.xml(Map.of("path", file.toString(), "backup", true, "mode", "0600",
                        "edits", List.of(Map.of("xpath", PASSWORD, "secret_value", "n3w-s3cret")))),
                ModuleCall.json(Map.of("path", json.toString(), "backup", true, "mode", "0600",
                        "edits", List.of(Map.of("key_path", List.of("user", "password"), "secret_value", "n3w")))));

        for (int i = 0; i < 2; i++) {
            JsonNode r = out.result(i);
            assertTrue(r.path("changed").asBoolean(), r::toString);
            Path edited = Path.of(r.path("path").asText());
            Path backup = Path.of(r.path("backup_file").asText());
            assertEquals(OWNER_ONLY, Files.getPosixFilePermissions(edited), edited.toString());
            assertEquals(OWNER_ONLY, Files.getPosixFilePermissions(backup), backup.toString());
        }
        assertEquals("n3w-s3cret", ParsedXml.of(file).text(PASSWORD));
    }

    @Test
    void theFileAndItsNewestBackupsAreClosedAndOlderBackupsGoInCheckModeNothingChanges() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("conf"));
        Path file = Files.writeString(folder.resolve("user-mgt.xml"), "<password>s3cret</password>");
        Files.setPosixFilePermissions(file, WORLD_READABLE);
        List<Path> copies = backups(file, 5);
        Path notACopy = Files.writeString(folder.resolve("user-mgt.xml.20260301T101500.retired~"), "<other/>");
        Path otherFile = Files.writeString(folder.resolve("user-mgt.xml.example"), "<other/>");
        Set<String> before = namesIn(folder);

        JsonNode dry = EditModules.run(dir, secretFiles(file).inCheckMode()).result(0);

        assertTrue(dry.path("changed").asBoolean(), dry::toString);
        assertEquals(before, namesIn(folder), "check mode removes nothing");
        assertEquals(WORLD_READABLE, Files.getPosixFilePermissions(file), "check mode changes no mode");
        assertEquals(List.of(copies.get(0).toString(), copies.get(1).toString()),
                texts(dry.path("pruned")), "the two oldest copies would go");

        EditModules.Outcome out = EditModules.run(dir, secretFiles(file), secretFiles(file));
        JsonNode first = out.result(0);
        JsonNode second = out.result(1);

        assertTrue(first.path("changed").asBoolean(), first::toString);
        assertEquals(List.of(copies.get(0).toString(), copies.get(1).toString()), texts(first.path("pruned")));
        assertEquals(Set.of(file.toString(), copies.get(2).toString(), copies.get(3).toString(),
                copies.get(4).toString()), new TreeSet<>(texts(first.path("secured"))));
        assertFalse(Files.exists(copies.get(0)));
        assertFalse(Files.exists(copies.get(1)));
        for (Path kept : List.of(file, copies.get(2), copies.get(3), copies.get(4))) {
            assertEquals(OWNER_ONLY, Files.getPosixFilePermissions(kept), kept.toString());
        }
        assertEquals("<old password 5/>", Files.readString(copies.get(4)), "the newest copy stays as it was");
        assertTrue(Files.exists(notACopy) && Files.exists(otherFile), "files not named as backup copies stay");
        assertEquals(WORLD_READABLE, Files.getPosixFilePermissions(otherFile));
        assertFalse(second.path("changed").asBoolean(), "a second run changes nothing: " + second);
    }

    @Test
    void aFileThatIsNotThereIsLeftOut() throws Exception {
        JsonNode r = EditModules.run(dir, secretFiles(dir.resolve("conf/identity.xml"))).result(0);

        assertFalse(r.path("failed").asBoolean(), r::toString);
        assertFalse(r.path("changed").asBoolean(), r::toString);
        assertEquals(0, r.path("secured").size());
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }
}
