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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Values that XML, YAML, Jinja or a log could mangle or leak reach the file exactly, and secrets stay hidden. */
class XmlEditValuesTest {

    static final String HOSTILE = "p'a\"s:s{{x}}<&>#ü";
    private static final String CONFIGURATION =
            "/datasources-configuration/datasources/datasource[name/text()='WSO2_CARBON_DB']/definition/configuration";

    @TempDir
    Path dir;

    @Test
    void hostileTextAndAttributeValuesRoundTripExactly() throws Exception {
        Path file = StockFiles.copy(StockFiles.MASTER_DATASOURCES, dir);
        String multiLine = " line one\n\tline two ]]> \r\n";
        Map<String, Object> args = Map.of("path", file.toString(), "edits", List.of(
                Map.of("xpath", CONFIGURATION + "/username", "value", HOSTILE),
                Map.of("xpath", CONFIGURATION + "/validationQuery", "value", multiLine),
                Map.of("xpath", CONFIGURATION + "/url", "attribute", "note", "value", HOSTILE + "\n\t" + multiLine)));

        EditModules.Outcome out = EditModules.run(dir, ModuleCall.xml(args), ModuleCall.xml(args));

        assertTrue(out.result(0).path("changed").asBoolean(), out.result(0)::toString);
        assertFalse(out.result(1).path("changed").asBoolean(), "escaped values compare equal: " + out.result(1));
        ParsedXml xml = ParsedXml.of(file);
        assertEquals(HOSTILE, xml.text(CONFIGURATION + "/username"));
        assertEquals(multiLine, xml.text(CONFIGURATION + "/validationQuery"));
        assertEquals(HOSTILE + "\n\t" + multiLine, xml.text(CONFIGURATION + "/url/@note"));
    }

    @Test
    void aCharacterXmlCannotHoldIsRefusedNamingTheEdit() throws Exception {
        Path file = StockFiles.copy(StockFiles.MASTER_DATASOURCES, dir);
        byte[] stock = Files.readAllBytes(file);

        JsonNode r = EditModules.run(dir, ModuleCall.xml(Map.of("path", file.toString(), "edits", List.of(
                Map.of("xpath", CONFIGURATION + "/username", "value", "ok"),
                Map.of("xpath", CONFIGURATION + "/password", "secret_value", "a\u0001" + HOSTILE))))).result(0);

        assertTrue(r.path("failed").asBoolean(), r::toString);
        String msg = r.path("msg").asText();
        assertTrue(msg.startsWith(file + ": edit 2") && msg.contains("U+0001") && msg.contains("secret value"), msg);
        assertFalse(msg.contains(HOSTILE), msg);
        assertArrayEquals(stock, Files.readAllBytes(file));
    }

    @Test
    void aSecretValueIsWrittenButNeverShownInTheDiffOrTheOutput() throws Exception {
        Path file = StockFiles.copy(StockFiles.MASTER_DATASOURCES, dir);
        String datasource = "/datasources-configuration/datasources/datasource[name/text()='WSO2_USER_DB']";
        Map<String, Object> args = Map.of("path", file.toString(), "edits", List.of(
                Map.of("xpath", datasource + "/definition[@type='RDBMS']/configuration/password", "secret_value", HOSTILE),
                Map.of("xpath", datasource + "/definition[@type='RDBMS']/configuration/url", "attribute", "token",
                        "secret_value", HOSTILE)));

        EditModules.Outcome out = EditModules.run(dir, ModuleCall.xml(args).inCheckMode(), ModuleCall.xml(args),
                ModuleCall.xml(args));

        ParsedXml file1 = ParsedXml.of(file);
        assertEquals(HOSTILE, file1.text(datasource + "/definition/configuration/password"));
        assertEquals(HOSTILE, file1.text(datasource + "/definition/configuration/url/@token"));
        for (String form : List.of(HOSTILE, "p'a\\\"s:s", "p'a\"s:s{{x}}&lt;&amp;&gt;", "&quot;s:s", "{{x}}")) {
            assertFalse(out.output().contains(form), "output holds " + form);
        }
        for (int run = 0; run < 2; run++) {
            ParsedXml after = ParsedXml.of(out.result(run).at("/diff/after").asText());
            assertEquals("******** (changed)", after.text(datasource + "/definition/configuration/password"));
            assertEquals("******** (changed)", after.text(datasource + "/definition/configuration/url/@token"));
            assertEquals("VALUE_SPECIFIED_IN_NO_LOG_PARAMETER",
                    out.result(run).at("/invocation/module_args/edits/0/secret_value").asText());
        }
        assertFalse(out.result(2).path("changed").asBoolean(), out.result(2)::toString);
        String written = Files.readString(file, StandardCharsets.UTF_8);
        assertEquals(HOSTILE, ParsedXml.of(written).text(datasource + "/definition/configuration/password"));
    }
}
