package io.eswizard.model.field;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.eswizard.model.ClusterProject;
import io.eswizard.model.EsNode;
import io.eswizard.model.HostOverride;
import io.eswizard.model.ProjectDefaults;
import io.eswizard.model.Secrets;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The catalogue covers every setting exactly once, and its paths read and write the records. */
class FieldCatalogueTest {

    private final ClusterProject sandbox = ProjectDefaults.localSandbox("t", 2, 2, Path.of("/tmp/sb"), true);

    @Test
    void everyComponentOfTheProjectAndTheSecretsHasExactlyOneField() {
        List<String> components = new ArrayList<>();
        collect(ClusterProject.class, "", components);
        collect(Secrets.class, "secrets.", components);
        List<String> paths = Arrays.stream(Field.values()).map(Field::path).toList();
        assertEquals(new TreeSet<>(components), new TreeSet<>(paths), "one field per record component");
        assertEquals(paths.size(), new TreeSet<>(paths).size(), "no path twice");
    }

    /** Component paths as the catalogue writes them: records are entered, lists of records get "[]". */
    private static void collect(Class<?> record, String prefix, List<String> out) {
        for (RecordComponent c : record.getRecordComponents()) {
            String path = prefix + c.getName();
            if (c.getType().isRecord()) {
                collect(c.getType(), path + ".", out);
                continue;
            }
            out.add(path);
            if (c.getType() == List.class && c.getGenericType() instanceof ParameterizedType t
                    && t.getActualTypeArguments()[0] instanceof Class<?> element && element.isRecord()) {
                collect(element, path + "[].", out);
            }
        }
    }

    @Test
    void everyFieldHasALabelHelpAndAPageWithSettings() {
        for (Field f : Field.values()) {
            assertFalse(f.label().isBlank(), f.name());
            assertTrue(f.help().endsWith("."), f.name() + ": " + f.help());
            assertTrue(f.page().hasSettings() && f.page() != Page.REVIEW, f.name());
        }
        assertEquals(List.of(Field.HOST_OVERRIDES, Field.OVERRIDE_ADDRESS, Field.NODES),
                Arrays.stream(Field.values()).filter(f -> f.ansibleVariable().isEmpty()).toList(),
                "only whole lists and the override's address feed no variable of their own");
    }

    @Test
    void labelsNameThePageTheElementAndTheField() {
        assertEquals("Database › Database address", Field.DATABASE_HOST.ref().label());
        FieldRef port = Field.NODE_MEMBER_PORT.at(sandbox, 3);
        assertEquals("nodes[3].memberPort", port.path());
        assertEquals("Nodes › store-2 › Member port", port.label());
        assertEquals(Page.NODES, port.page());
        assertTrue(port.isIn(Field.NODES) && port.isIn(Field.NODE_MEMBER_PORT) && !port.isIn(Field.NODE_ADDRESS));
        assertEquals("Connection › 127.0.0.12 › SSH port", Field.OVERRIDE_SSH_PORT.at(sandbox, 1).label());
        assertEquals("Nodes › Node 7 › Address", Field.NODE_ADDRESS.at(sandbox, 6).label(), "past the end");
        assertThrows(IllegalStateException.class, Field.NODE_ADDRESS::ref);
        assertThrows(IllegalStateException.class, () -> Field.DATABASE_HOST.at(0, "x"));
    }

    @Test
    void pathsAreFoundAgain() {
        assertEquals(Optional.of(Field.NODE_MEMBER_PORT.at(sandbox, 3)), FieldRef.find(sandbox, "nodes[3].memberPort"));
        assertEquals(Optional.of(Field.IS_ZIP.ref()), FieldRef.find(sandbox, "packs.isZip"));
        assertEquals(Optional.of(Field.APP_PASSWORD.ref()), FieldRef.find(sandbox, "secrets.databasePassword"));
        assertEquals(Optional.empty(), FieldRef.find(sandbox, "nodes[3].weight"));
        assertEquals(Optional.empty(), FieldRef.find(sandbox, "database"));
    }

    @Test
    void eachPageListsItsFieldsInCatalogueOrder() {
        assertEquals(List.of(Field.NAME), Field.on(Page.START));
        assertEquals(Field.LB_ADDRESS, Field.on(Page.LOAD_BALANCER).get(0));
        assertTrue(Field.on(Page.SSO).contains(Field.IS_ZIP), "the IS archive is shown with the Identity Server");
        assertEquals(List.of(), Field.on(Page.RUN));
    }

    @Test
    void settingsAreReadAndWrittenByTheirPathLeavingTheRestAlone() {
        for (Field f : Field.values()) {
            if (f.isSecret() || f.isItem() || FieldValues.type(f) == List.class) {
                continue;
            }
            Object other = otherValue(FieldValues.type(f), FieldValues.read(f, sandbox));
            ClusterProject changed = FieldValues.write(f, sandbox, other);
            assertEquals(other, FieldValues.read(f, changed), f.name());
            assertNotEquals(sandbox, changed, f.name());
            assertEquals(sandbox, FieldValues.write(f, changed, FieldValues.read(f, sandbox)), f.name() + ": only it");
        }
        assertThrows(IllegalArgumentException.class, () -> FieldValues.read(Field.APP_PASSWORD, sandbox));
        assertThrows(IllegalArgumentException.class, () -> FieldValues.read(Field.NODE_ADDRESS, sandbox));
    }

    @Test
    void secretsAndListColumnsHaveTheirOwnRecords() {
        Secrets s = FieldValues.write(Field.ADMIN_PASSWORD, new Secrets("app", ""), "ad'min\"");
        assertEquals(new Secrets("app", "ad'min\""), s);
        assertEquals("app", FieldValues.read(Field.APP_PASSWORD, s));
        assertEquals(List.of("app", "ad'min\""), s.values(), "every password, for masking");
        assertEquals(new Secrets("x", "x"), Secrets.examplePlaceholders("x"));
        assertEquals(EsNode.class, FieldValues.elementType(Field.NODES));
        assertEquals(HostOverride.class, FieldValues.elementType(Field.HOST_OVERRIDES));
        assertEquals(4001, FieldValues.readItem(Field.NODE_MEMBER_PORT, sandbox.nodes().get(0)));
        assertEquals(Integer.class, FieldValues.type(Field.OVERRIDE_SSH_PORT));
    }

    private static Object otherValue(Class<?> type, Object current) {
        if (type == String.class) {
            return current + "-changed";
        }
        if (type == int.class) {
            return (Integer) current + 1;
        }
        if (type == boolean.class) {
            return !(Boolean) current;
        }
        Object[] constants = type.getEnumConstants();
        return constants[(Arrays.asList(constants).indexOf(current) + 1) % constants.length];
    }
}
