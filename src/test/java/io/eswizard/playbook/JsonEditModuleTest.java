package io.eswizard.playbook;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** es_json_edit on copies of the stock publisher.json, checked by parsing the result. */
class JsonEditModuleTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> SSO = List.of("authentication", "methods", "sso", "attributes");

    @TempDir
    Path dir;

    private static Map<String, Object> set(List<String> keyPath, Object value) {
        return Map.of("key_path", keyPath, "value", value);
    }

    private static List<String> sso(String key) {
        List<String> path = new ArrayList<>(SSO);
        path.add(key);
        return path;
    }

    @Test
    void valuesAreSetInPlaceAndEveryOtherLineStays() throws Exception {
        Path file = StockFiles.copy(StockFiles.PUBLISHER_JSON, dir);
        String before = Files.readString(file, StandardCharsets.UTF_8);
        Map<String, Object> args = Map.of("path", file.toString(), "backup", true, "edits", List.of(
                set(sso("issuer"), "pub-issuer"),
                set(sso("identityProviderURL"), "https://is.example.com:9443/samlsso"),
                set(sso("acs"), XmlEditValuesTest.HOSTILE)));

        EditModules.Outcome out = EditModules.run(dir, ModuleCall.json(args), ModuleCall.json(args));

        assertTrue(out.result(0).path("changed").asBoolean(), out.result(0)::toString);
        assertFalse(out.result(1).path("changed").asBoolean(), out.result(1)::toString);
        JsonNode edited = JSON.readTree(file.toFile());
        JsonNode attributes = edited.at("/authentication/methods/sso/attributes");
        assertEquals("pub-issuer", attributes.path("issuer").asText());
        assertEquals("https://is.example.com:9443/samlsso", attributes.path("identityProviderURL").asText());
        assertEquals(XmlEditValuesTest.HOSTILE, attributes.path("acs").asText());
        assertEquals(withoutSso(JSON.readTree(before)), withoutSso(edited));
        LineDiff diff = LineDiff.of(before, Files.readString(file, StandardCharsets.UTF_8));
        assertEquals(3, diff.removed().size(), diff::toString);
        assertEquals(3, diff.added().size(), diff::toString);
        assertArrayEquals(before.getBytes(StandardCharsets.UTF_8),
                Files.readAllBytes(Path.of(out.result(0).path("backup_file").asText())));
    }

    @Test
    void missingObjectsAreCreatedInTheFilesOwnStyle() throws Exception {
        Path file = StockFiles.copy(StockFiles.PUBLISHER_JSON, dir);
        String before = Files.readString(file, StandardCharsets.UTF_8);

        JsonNode r = EditModules.run(dir, ModuleCall.json(Map.of("path", file.toString(), "edits", List.of(
                set(List.of("cluster", "nodes", "count"), 4),
                set(sso("extra"), Map.of("enabled", true, "names", List.of("a", "b"))))))).result(0);

        assertTrue(r.path("changed").asBoolean(), r::toString);
        JsonNode edited = JSON.readTree(file.toFile());
        assertEquals(4, edited.at("/cluster/nodes/count").asInt());
        assertTrue(edited.at("/cluster/nodes/count").isInt());
        assertTrue(edited.at("/authentication/methods/sso/attributes/extra/enabled").isBoolean());
        assertEquals("b", edited.at("/authentication/methods/sso/attributes/extra/names/1").asText());
        LineDiff diff = LineDiff.of(before, Files.readString(file, StandardCharsets.UTF_8));
        assertTrue(diff.addedIndents().stream().allMatch(i -> i.length() % 4 == 0 && i.isBlank()), diff::toString);
        assertEquals(4, diff.addedIndents().get(diff.added().size() - 1).length(),
                "the closing brace of the new top-level object at the top level's 4 spaces");
        assertTrue(diff.longestAdded() <= 300);
    }

    @Test
    void checkModeShowsASecretOnlyMaskedAndWritesNothing() throws Exception {
        Path file = StockFiles.copy(StockFiles.PUBLISHER_JSON, dir);
        byte[] stock = Files.readAllBytes(file);

        EditModules.Outcome out = EditModules.run(dir, ModuleCall.json(Map.of("path", file.toString(), "edits", List.of(
                Map.of("key_path", sso("identityAlias"), "secret_value", XmlEditValuesTest.HOSTILE)))).inCheckMode());

        JsonNode r = out.result(0);
        assertTrue(r.path("changed").asBoolean(), r::toString);
        assertArrayEquals(stock, Files.readAllBytes(file));
        assertEquals(new String(stock, StandardCharsets.UTF_8), r.at("/diff/before").asText()
                .replace("\"********\"", "\"wso2carbon\""), "the old value is masked too");
        JsonNode after = JSON.readTree(r.at("/diff/after").asText());
        assertEquals("******** (changed)", after.at("/authentication/methods/sso/attributes/identityAlias").asText());
        assertFalse(out.output().contains(XmlEditValuesTest.HOSTILE));
        assertFalse(out.output().contains("p'a\\\"s:s"));
    }

    @Test
    void problemsFailWithAMessageNamingTheFile() throws Exception {
        Path json = StockFiles.copy(StockFiles.PUBLISHER_JSON, dir);
        Path xml = StockFiles.copy(StockFiles.CARBON, dir);

        EditModules.Outcome out = EditModules.run(dir,
                ModuleCall.json(Map.of("path", xml.toString(), "edits", List.of(set(List.of("a"), 1)))),
                ModuleCall.json(Map.of("path", json.toString(), "edits", List.of(set(List.of("version", "major"), 2)))));

        for (int i = 0; i < 2; i++) {
            JsonNode r = out.result(i);
            assertTrue(r.path("failed").asBoolean(), r::toString);
            assertFalse(r.has("exception") || r.has("module_stderr"), r::toString);
        }
        String notJson = out.result(0).path("msg").asText();
        assertTrue(notJson.contains(xml.toString()) && notJson.contains("is not valid JSON"), notJson);
        String notObject = out.result(1).path("msg").asText();
        assertTrue(notObject.contains(json.toString()) && notObject.contains("version is not an object"), notObject);
    }

    private static JsonNode withoutSso(JsonNode config) {
        JsonNode copy = config.deepCopy();
        ((ObjectNode) copy.at("/authentication/methods/sso/attributes"))
                .remove(List.of("issuer", "identityProviderURL", "acs"));
        return copy;
    }
}
