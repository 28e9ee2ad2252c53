package io.eswizard.playbook;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** es_xml_edit across runs: a second run, check mode, the whole-file diff and the backup copy. */
class XmlEditRunsTest {

    private static final String DATASOURCE = "/datasources-configuration/datasources/datasource[name/text()='WSO2_USER_DB']";
    private static final String CONFIGURATION = DATASOURCE + "/definition[@type='RDBMS']/configuration";

    @TempDir
    Path dir;

    /** A new datasource, as the es_node role writes it. */
    private static Map<String, Object> datasource(Path file) {
        return Map.of("path", file.toString(), "backup", true, "edits", List.of(
                Map.of("xpath", DATASOURCE + "/jndiConfig/name", "value", "jdbc/WSO2UserDB"),
                Map.of("xpath", CONFIGURATION + "/url", "value", "jdbc:mysql://10.0.0.5:3306/USER_DB?autoReconnect=true"),
                Map.of("xpath", CONFIGURATION + "/username", "value", "esw_app"),
                Map.of("xpath", CONFIGURATION + "/maxActive", "value", 50)));
    }

    @Test
    void aSecondRunChangesNothingAndMakesNoBackup() throws Exception {
        Path file = StockFiles.copy(StockFiles.MASTER_DATASOURCES, dir);

        EditModules.Outcome out = EditModules.run(dir, ModuleCall.xml(datasource(file)), ModuleCall.xml(datasource(file)));
        byte[] afterFirst = Files.readAllBytes(file);
        JsonNode second = EditModules.run(dir, ModuleCall.xml(datasource(file))).result(0);

        assertTrue(out.result(0).path("changed").asBoolean(), out.result(0)::toString);
        assertFalse(out.result(1).path("changed").asBoolean(), out.result(1)::toString);
        assertFalse(second.path("changed").asBoolean(), second::toString);
        assertFalse(second.has("diff") || second.has("backup_file"), second::toString);
        assertArrayEquals(afterFirst, Files.readAllBytes(file));
        assertEquals(2, filesIn(file.getParent()), "the file and the one backup of the first run");
        ParsedXml xml = ParsedXml.of(file);
        assertEquals("esw_app", xml.text(CONFIGURATION + "/username"));
        assertEquals("50", xml.text(CONFIGURATION + "/maxActive"));
        assertEquals(1, xml.count("//datasource[name='WSO2_CARBON_DB']"), "the stock datasource stays");
    }

    @Test
    void aBackupHoldsTheFileAsItWasBeforeTheChange() throws Exception {
        Path file = StockFiles.copy(StockFiles.MASTER_DATASOURCES, dir);
        byte[] stock = Files.readAllBytes(file);

        JsonNode r = EditModules.run(dir, ModuleCall.xml(datasource(file))).result(0);

        Path backup = Path.of(r.path("backup_file").asText());
        assertEquals(file.getParent(), backup.getParent());
        assertArrayEquals(stock, Files.readAllBytes(backup));
    }

    @Test
    void checkModeReportsTheChangeAndItsDiffButWritesNothing() throws Exception {
        Path file = StockFiles.copy(StockFiles.MASTER_DATASOURCES, dir);
        byte[] stock = Files.readAllBytes(file);

        JsonNode r = EditModules.run(dir, ModuleCall.xml(datasource(file)).inCheckMode()).result(0);

        assertTrue(r.path("changed").asBoolean(), r::toString);
        assertArrayEquals(stock, Files.readAllBytes(file));
        assertEquals(1, filesIn(file.getParent()), "no backup in check mode");
        assertEquals(new String(stock, StandardCharsets.UTF_8), r.at("/diff/before").asText());
        ParsedXml after = ParsedXml.of(r.at("/diff/after").asText());
        assertEquals("jdbc/WSO2UserDB", after.text(DATASOURCE + "/jndiConfig/name"));
    }

    @Test
    void oneCallGivesOneDiffOfTheWholeFile() throws Exception {
        Path carbon = StockFiles.copy(StockFiles.CARBON, dir);
        String stock = Files.readString(carbon, StandardCharsets.UTF_8);

        JsonNode r = EditModules.run(dir, ModuleCall.xml(Map.of("path", carbon.toString(),
                "namespaces", Map.of("c", ParsedXml.CARBON_NS), "edits", List.of(
                        Map.of("xpath", "/c:Server/c:HostName", "value", "pub.example.com"),
                        Map.of("xpath", "/c:Server/c:MgtHostName", "value", "pub.example.com"),
                        Map.of("xpath", "/c:Server/c:Ports/c:Offset", "value", 1))))).result(0);

        JsonNode diff = r.path("diff");
        assertTrue(diff.isObject(), "one diff, not one per edit: " + r);
        assertEquals(carbon.toString(), diff.path("before_header").asText());
        assertEquals(carbon.toString(), diff.path("after_header").asText());
        assertEquals(stock, diff.path("before").asText());
        assertEquals(Files.readString(carbon, StandardCharsets.UTF_8), diff.path("after").asText());
        assertEquals(3, XmlEditKindsTest.strings(r.path("changes")).stream().filter(c -> c.startsWith("set")).count());
    }

    private static long filesIn(Path folder) throws Exception {
        try (Stream<Path> files = Files.list(folder)) {
            return files.count();
        }
    }
}
