package io.eswizard.validation;

import static io.eswizard.validation.Findings.assertError;
import static io.eswizard.validation.Findings.assertNothingAt;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.eswizard.model.ClusterProject;
import io.eswizard.model.EsNode;
import io.eswizard.model.HostOverride;
import io.eswizard.model.field.Field;
import io.eswizard.model.field.FieldValues;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Names, issuers and URLs keep to their character sets; no text setting takes a line break. */
class NamesAndLineBreaksTest {

    private static final List<String> BREAKS = List.of("\n", "\r", "\u000B", "\f", "\u0085", "\u2028", "\u2029");

    private final ClusterProject clean = withOverride(Projects.clean());

    /** The clean project with one per-machine setting, so that its columns are checked too. */
    private static ClusterProject withOverride(ClusterProject p) {
        return p.withConnection(p.connection().withHostOverrides(List.of(
                new HostOverride("10.0.0.11", false, "ubuntu", 2222, ""))));
    }

    @Test
    void theProjectNameWithALineSeparatorIsRefusedOnce() {
        ClusterProject p = clean.withName("shop\u2028# injected");
        Problem only = assertError(p, "name", "Project name contains a line separator (U+2028)", "single line");
        assertEquals(1, ClusterValidator.validate(p).stream().filter(pr -> pr.fieldPath().equals("name")).count(),
                "one finding, not a second about the characters: " + only);
    }

    @Test
    void everyLineBreakIsNamed() {
        assertError(clean.withName("a\nb"), "name", "line feed (LF)");
        assertError(clean.withName("a\rb"), "name", "carriage return (CR)");
        assertError(clean.withName("a\u000Bb"), "name", "vertical tab (VT)");
        assertError(clean.withName("a\fb"), "name", "form feed (FF)");
        assertError(clean.withName("a\u0085b"), "name", "NEL, U+0085");
        assertError(clean.withName("a\u2029b"), "name", "paragraph separator (U+2029)");
    }

    /** Every text setting of the catalogue, in the project and in each list, refuses every line break. */
    @Test
    void everyTextSettingRefusesEveryLineBreak() {
        int checked = 0;
        for (Field field : Field.values()) {
            if (field.isSecret() || FieldValues.type(field) != String.class) {
                continue;
            }
            for (String lineBreak : BREAKS) {
                ClusterProject p;
                String path;
                if (field.isItem()) {
                    p = withFirstItem(field, "x" + lineBreak + "y");
                    path = field.path().replace("[]", "[0]");
                } else {
                    p = FieldValues.write(field, clean, "x" + lineBreak + "y");
                    path = field.path();
                }
                assertError(p, path, "contains a", "single line");
                checked++;
            }
        }
        assertTrue(checked >= 35 * BREAKS.size(), "every text setting: " + checked / BREAKS.size());
        assertError(clean.withClustering(clean.clustering().withWellKnownMembers(List.of("publisher-1",
                "store-1\u2028"))), "clustering.wellKnownMembers", "line separator");
    }

    private ClusterProject withFirstItem(Field column, String value) {
        if (column.list().orElseThrow() == Field.NODES) {
            List<EsNode> nodes = new ArrayList<>(clean.nodes());
            nodes.set(0, FieldValues.writeItem(column, nodes.get(0), value));
            return clean.withNodes(nodes);
        }
        List<HostOverride> overrides = new ArrayList<>(clean.connection().hostOverrides());
        overrides.set(0, FieldValues.writeItem(column, overrides.get(0), value));
        return clean.withConnection(clean.connection().withHostOverrides(overrides));
    }

    @ParameterizedTest
    @ValueSource(strings = {"shop<script>", "shop;id", "$(id)", "{{ x }}", "shop'", " shop", "shop ", "-shop",
            "sh\u200bop"})
    void projectNamesKeepToTheirCharacters(String name) {
        assertError(clean.withName(name), "name", "may only use letters, digits, spaces and '.', '_', '-'");
    }

    @Test
    void projectNamesInAnyScriptPass() {
        for (String name : List.of("es production", "Sandbox on this machine", "café-2.1_x", "集群")) {
            assertNothingAt(clean.withName(name), "name");
        }
        assertError(clean.withName("x".repeat(65)), "name", "65 characters", "at most 64");
    }

    @Test
    void aNameIsSuggestedFromAnyText() {
        assertEquals("my-project-", ProjectNames.suggest("my+project!"));
        assertEquals("shop", ProjectNames.suggest("shop"));
        assertEquals("a-b", ProjectNames.suggest("a\u2028b"));
        assertEquals("cluster", ProjectNames.suggest("..."));
        assertTrue(ProjectNames.hasValidCharacters(ProjectNames.suggest(" -x y\t")));
    }

    @Test
    void issuersKeepToTheirCharacters() {
        ClusterProject injected = FieldValues.write(Field.STORE_ISSUER, clean, "x'or'1'='1");
        assertError(injected, "sso.storeIssuer", "'x'or'1'='1'", "may only use letters (A-Z, a-z), digits");
        for (String bad : List.of("store\"", "store]", "store<x>", "store issuer", "{{store}}", "-store", "é")) {
            assertError(FieldValues.write(Field.PUBLISHER_ISSUER, clean, bad), "sso.publisherIssuer", "may only use");
        }
        assertNothingAt(FieldValues.write(Field.STORE_ISSUER, clean, "https://store.es.mycompany.com/sso"),
                "sso.storeIssuer");
        assertNothingAt(FieldValues.write(Field.STORE_ISSUER, clean, "store_2.x-y"), "sso.storeIssuer");
    }

    @Test
    void urlOverridesKeepToTheirCharacters() {
        for (String bad : List.of("https://store.es.mycompany.com/store/acs'or'1", "https://store.es.mycompany.com/{{x}}",
                "https://store.es.mycompany.com/a\"b", "https://store.es.mycompany.com/$(id)")) {
            Problem p = assertError(FieldValues.write(Field.STORE_ACS_URL, clean, bad), "sso.storeAcsUrl",
                    "may only use");
            assertFalse(p.message().contains("not a valid URL"), p.message());
        }
    }
}
