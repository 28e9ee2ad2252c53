package io.eswizard.playbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each kind of es_xml_edit edit on copies of the stock files, checked by parsing the result. */
class XmlEditKindsTest {

    private static final String CLUSTERING = "/axisconfig/clustering";

    @TempDir
    Path dir;

    @Test
    void textAndAttributeAreSetInPlaceAndEveryOtherByteStays() throws Exception {
        Path axis2 = StockFiles.copy(StockFiles.AXIS2, dir);
        Files.setPosixFilePermissions(axis2, PosixFilePermissions.fromString("rw-r-----"));
        String before = Files.readString(axis2, StandardCharsets.ISO_8859_1);

        JsonNode r = EditModules.run(dir, ModuleCall.xml(Map.of("path", axis2.toString(), "edits", List.of(
                Map.of("xpath", CLUSTERING, "attribute", "enable", "value", true),
                Map.of("xpath", CLUSTERING + "/parameter[@name='domain']", "value", "es.example.domain"))))).result(0);

        assertTrue(r.path("changed").asBoolean(), r::toString);
        ParsedXml xml = ParsedXml.of(axis2);
        assertEquals("true", xml.text(CLUSTERING + "/@enable"));
        assertEquals("es.example.domain", xml.text(CLUSTERING + "/parameter[@name='domain']"));
        String after = Files.readString(axis2, StandardCharsets.ISO_8859_1);
        LineDiff diff = LineDiff.of(before, after);
        assertEquals(2, diff.removed().size(), diff::toString);
        assertEquals(2, diff.added().size(), diff::toString);
        assertTrue(LineDiff.lines(after).stream().allMatch(l -> l.endsWith("\r\n") || !l.endsWith("\n")),
                "axis2.xml keeps its CRLF line breaks");
        assertEquals("rw-r-----", PosixFilePermissions.toString(Files.getPosixFilePermissions(axis2)));
    }

    @Test
    void missingElementsAreCreatedFromThePathIndentedLikeTheirSiblings() throws Exception {
        Path registry = StockFiles.copy(StockFiles.REGISTRY, dir);
        String before = Files.readString(registry, StandardCharsets.ISO_8859_1);
        String instance = "/wso2registry/remoteInstance[id/text()='SHARED']";
        String mount = "/wso2registry/mount[@path='/_system/config']";

        JsonNode r = EditModules.run(dir, ModuleCall.xml(Map.of("path", registry.toString(), "edits", List.of(
                Map.of("xpath", instance, "attribute", "url", "value", "https://10.0.0.1:9443/registry"),
                Map.of("xpath", instance + "/cacheId", "value", "user@jdbc:mysql://db:3306/REG?autoReconnect=true"),
                Map.of("xpath", mount, "attribute", "overwrite", "value", "virtual"),
                Map.of("xpath", mount + "/targetPath", "value", "/_system/config/es"))))).result(0);

        assertTrue(r.path("changed").asBoolean(), r::toString);
        ParsedXml xml = ParsedXml.of(registry);
        assertEquals("https://10.0.0.1:9443/registry", xml.text("/wso2registry/remoteInstance[id='SHARED']/@url"));
        assertEquals("user@jdbc:mysql://db:3306/REG?autoReconnect=true",
                xml.text("/wso2registry/remoteInstance[id='SHARED']/cacheId"));
        assertEquals("/_system/config/es", xml.text(mount + "/targetPath"));
        assertEquals("virtual", xml.text(mount + "/@overwrite"));
        LineDiff diff = LineDiff.of(before, Files.readString(registry, StandardCharsets.ISO_8859_1));
        assertEquals(List.of(), diff.removed(), "only insertions");
        assertEquals(Set.of("    ", "        "), Set.copyOf(diff.addedIndents()),
                "children of <wso2registry> at its children's 4 spaces, their children 4 deeper: " + diff.added());
        assertEquals(7, diff.added().size(), "one element per line: " + diff.added());
        assertTrue(diff.longestAdded() <= 300, diff::toString);
    }

    @Test
    void childrenAreReplacedOnlyWhenTheyDiffer() throws Exception {
        Path axis2 = StockFiles.copy(StockFiles.AXIS2, dir);
        Map<String, Object> args = Map.of("path", axis2.toString(), "edits", List.of(Map.of(
                "xpath", CLUSTERING + "/members", "children", List.of(member("10.0.0.1", 4000), member("10.0.0.2", 4001)))));

        EditModules.Outcome out = EditModules.run(dir, ModuleCall.xml(args), ModuleCall.xml(args));

        assertTrue(out.result(0).path("changed").asBoolean(), out.result(0)::toString);
        assertEquals(false, out.result(1).path("changed").asBoolean(), out.result(1)::toString);
        ParsedXml xml = ParsedXml.of(axis2);
        assertEquals(List.of("10.0.0.1", "10.0.0.2"), xml.texts(CLUSTERING + "/members/member/hostName"));
        assertEquals(List.of("4000", "4001"), xml.texts(CLUSTERING + "/members/member/port"));
        assertEquals(2, xml.count(CLUSTERING + "/members/*"));
    }

    @Test
    void elementsAreCommentedOutOrRemovedAndAttributesRemoved() throws Exception {
        Path axis2 = StockFiles.copy(StockFiles.AXIS2, dir);
        String properties = CLUSTERING + "/parameter[@name='properties']";
        String before = Files.readString(axis2, StandardCharsets.ISO_8859_1);

        JsonNode r = EditModules.run(dir, ModuleCall.xml(Map.of("path", axis2.toString(), "edits", List.of(
                Map.of("xpath", properties + "/property[@name='subDomain']", "state", "commented"),
                Map.of("xpath", properties + "/property[@name='mgtConsoleURL']", "state", "absent"),
                Map.of("xpath", CLUSTERING + "/groupManagement/applicationDomain", "attribute", "description",
                        "state", "absent"))))).result(0);

        assertTrue(r.path("changed").asBoolean(), r::toString);
        ParsedXml xml = ParsedXml.of(axis2);
        assertEquals(0, xml.count(properties + "/property[@name='subDomain']"));
        ParsedXml commented = ParsedXml.of(xml.text(properties + "/comment()"));
        assertEquals("worker", commented.text("/property[@name='subDomain']/@value"), "the comment holds the element");
        assertEquals(0, xml.count(properties + "/property[@name='mgtConsoleURL']"));
        assertEquals(1, xml.count(properties + "/property[@name='backendServerURL']"));
        assertEquals(0, xml.count(CLUSTERING + "/groupManagement/applicationDomain/@description"));
        assertEquals("worker", xml.text(CLUSTERING + "/groupManagement/applicationDomain/@subDomain"));
        LineDiff diff = LineDiff.of(before, Files.readString(axis2, StandardCharsets.ISO_8859_1));
        assertEquals(3, diff.removed().size(), "the removed property's line goes with it: " + diff);
        assertEquals(1, diff.added().size(), diff::toString);
    }

    @Test
    void carbonXmlIsEditedInItsDefaultNamespace() throws Exception {
        Path carbon = StockFiles.copy(StockFiles.CARBON, dir);

        JsonNode r = EditModules.run(dir, ModuleCall.xml(Map.of("path", carbon.toString(),
                "namespaces", Map.of("c", ParsedXml.CARBON_NS), "edits", List.of(
                        Map.of("xpath", "/c:Server/c:HostName", "value", "store.example.com"),
                        Map.of("xpath", "/c:Server/c:Ports/c:Offset", "value", 3))))).result(0);

        assertTrue(r.path("changed").asBoolean(), r::toString);
        ParsedXml xml = ParsedXml.of(carbon);
        assertEquals("store.example.com", xml.text("/c:Server/c:HostName"), "created in the carbon namespace");
        assertEquals(1, xml.count("//*[local-name()='HostName']"));
        assertEquals("3", xml.text("/c:Server/c:Ports/c:Offset"));
        assertEquals(List.of("created /c:Server/c:HostName", "set the text of /c:Server/c:HostName",
                "set the text of /c:Server/c:Ports/c:Offset"), strings(r.path("changes")));
    }

    static Map<String, Object> member(String host, int port) {
        return Map.of("tag", "member", "children", List.of(
                Map.of("tag", "hostName", "text", host), Map.of("tag", "port", "text", String.valueOf(port))));
    }

    static List<String> strings(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).map(JsonNode::asText).toList();
    }
}
