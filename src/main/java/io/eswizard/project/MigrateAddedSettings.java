package io.eswizard.project;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.eswizard.model.ClusterProject;
import io.eswizard.model.ProjectDefaults;
import io.eswizard.model.field.Field;
import io.eswizard.model.field.FieldValues;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A file of schema N lacks the settings the catalogue marks {@code since N + 1} ({@link Field#since()}):
 * each gets the default a new project has (in a new section when a page brings one); a new column of
 * the node list gets it on every node, a new column of the per-machine overrides stays empty (inherit).
 * A key the file has is left alone.
 */
final class MigrateAddedSettings implements SchemaMigration {

    private final int fromVersion;
    private final List<Field> added;
    private final ClusterProject defaults = ProjectDefaults.reference("defaults", 1, 1);
    private final ObjectMapper mapper;

    MigrateAddedSettings(int fromVersion, List<Field> added, ObjectMapper mapper) {
        this.fromVersion = fromVersion;
        this.added = List.copyOf(added);
        this.mapper = mapper;
    }

    /** One migration per schema from the first to {@code schema}, each adding that schema's new settings. */
    static List<SchemaMigration> upTo(int schema, ObjectMapper mapper) {
        List<SchemaMigration> migrations = new ArrayList<>();
        for (int from = 1; from < schema; from++) {
            int to = from + 1;
            migrations.add(new MigrateAddedSettings(from, Arrays.stream(Field.values())
                    .filter(f -> f.since() == to && !f.isSecret()).toList(), mapper));
        }
        return migrations;
    }

    @Override
    public int fromVersion() {
        return fromVersion;
    }

    @Override
    public void migrate(ObjectNode root) {
        for (Field field : added) {
            if (field.isItem()) {
                Field list = field.list().orElseThrow();
                String column = field.path().substring(list.path().length() + "[].".length());
                JsonNode elements = at(root, list.path());
                Object value = list == Field.NODES ? FieldValues.readItem(field, defaults.nodes().get(0)) : null;
                for (JsonNode element : elements == null ? List.<JsonNode>of() : iterable(elements)) {
                    addIfMissing(element, column, value);
                }
            } else {
                String path = field.path();
                int dot = path.lastIndexOf('.');
                JsonNode parent = dot < 0 ? root : section(root, path.substring(0, dot));
                addIfMissing(parent, path.substring(dot + 1), FieldValues.read(field, defaults));
            }
        }
    }

    /** The node at a dotted path; null when the file lacks a part of it (binding then says which). */
    private static JsonNode at(JsonNode root, String dotted) {
        JsonNode node = root;
        for (String key : dotted.split("\\.")) {
            node = node == null ? null : node.get(key);
        }
        return node;
    }

    /** The section at a dotted path, made when a new section of settings is missing as a whole. */
    private static JsonNode section(ObjectNode root, String dotted) {
        JsonNode node = root;
        for (String key : dotted.split("\\.")) {
            if (node instanceof ObjectNode object && !object.has(key)) {
                object.putObject(key);
            }
            node = node == null ? null : node.get(key);
        }
        return node;
    }

    private static Iterable<JsonNode> iterable(JsonNode array) {
        return array.isArray() ? array::elements : List.of();
    }

    private void addIfMissing(JsonNode parent, String key, Object value) {
        if (parent instanceof ObjectNode object && !object.has(key)) {
            object.set(key, mapper.valueToTree(value));
        }
    }
}
