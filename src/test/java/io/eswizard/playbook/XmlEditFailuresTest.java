package io.eswizard.playbook;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad edits and bad files fail with a message naming the file and the cause, never a traceback. */
class XmlEditFailuresTest {

    @TempDir
    Path dir;

    @Test
    void eachProblemFailsWithAMessageNamingTheFile() throws Exception {
        Path carbon = StockFiles.copy(StockFiles.CARBON, dir);
        Path axis2 = StockFiles.copy(StockFiles.AXIS2, dir);
        Path json = StockFiles.copy(StockFiles.PUBLISHER_JSON, dir);
        Path missing = dir.resolve("no-such.xml");
        byte[] carbonBytes = Files.readAllBytes(carbon);
        byte[] axis2Bytes = Files.readAllBytes(axis2);

        EditModules.Outcome out = EditModules.run(dir,
                call(axis2, Map.of("xpath", "/axisconfig/clustering[", "value", "x")),
                call(json, Map.of("xpath", "/a", "value", "x")),
                call(carbon, Map.of("xpath", "/c:Server/c:HostName", "value", "x")),
                call(axis2, Map.of("xpath", "//parameter[@name='nope']", "value", "x")),
                call(axis2, Map.of("xpath", "/axisconfig/clustering/parameter[@name='domain']/@name", "value", "x")),
                call(axis2, Map.of("xpath", "/axisconfig/clustering", "value", "x")),
                call(axis2, Map.of("xpath", "/axisconfig/clustering/parameter[@name='domain']", "value", "a"),
                        Map.of("xpath", "/axisconfig/clustering/parameter[@name='domain']", "value", "b")),
                call(missing, Map.of("xpath", "/a", "value", "x")));

        expect(out.result(0), axis2, "invalid XPath /axisconfig/clustering[");
        expect(out.result(1), json, "is not well-formed XML");
        expect(out.result(2), carbon, "namespaces");
        expect(out.result(3), axis2, "cannot be created");
        expect(out.result(4), axis2, "must select elements");
        expect(out.result(5), axis2, "has child elements");
        expect(out.result(6), axis2, "the edits conflict");
        expect(out.result(7), missing, "does not exist");
        assertArrayEquals(carbonBytes, Files.readAllBytes(carbon));
        assertArrayEquals(axis2Bytes, Files.readAllBytes(axis2));
    }

    @SafeVarargs
    private static ModuleCall call(Path file, Map<String, Object>... edits) {
        return ModuleCall.xml(Map.of("path", file.toString(), "edits", List.of(edits)));
    }

    private static void expect(JsonNode result, Path file, String cause) {
        assertTrue(result.path("failed").asBoolean(), result::toString);
        String msg = result.path("msg").asText();
        assertTrue(msg.contains(file.toString()) && msg.contains(cause), "expected " + file + " and '" + cause + "' in: " + msg);
        assertFalse(result.has("exception") || result.has("module_stderr"), "a traceback: " + result);
    }
}
