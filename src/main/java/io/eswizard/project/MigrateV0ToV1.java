package io.eswizard.project;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Schema 0 (the first previews) listed the nodes in two flat lists, {@code publishers:} and
 * {@code stores:}, each item without a role and without {@code localMemberHost}. Schema 1 has one
 * {@code nodes:} list whose items carry {@code role}; publishers come first, as before.
 */
final class MigrateV0ToV1 implements SchemaMigration {

    @Override
    public int fromVersion() {
        return 0;
    }

    @Override
    public void migrate(ObjectNode root) throws MigrationException {
        if (root.has("nodes")) {
            throw new MigrationException("nodes", "schema 0 files list 'publishers' and 'stores', not 'nodes'; "
                    + "set schemaVersion: 1 if this file is already in the new layout");
        }
        ArrayNode nodes = root.arrayNode();
        copyWithRole(root, "publishers", "publisher", nodes);
        copyWithRole(root, "stores", "store", nodes);
        root.remove("publishers");
        root.remove("stores");
        root.set("nodes", nodes);
    }

    private static void copyWithRole(ObjectNode root, String listKey, String role, ArrayNode out)
            throws MigrationException {
        JsonNode list = root.get(listKey);
        if (list == null || list.isNull()) {
            return;
        }
        if (!list.isArray()) {
            throw new MigrationException(listKey, "expected a list of nodes");
        }
        for (int i = 0; i < list.size(); i++) {
            JsonNode item = list.get(i);
            if (!item.isObject()) {
                throw new MigrationException(listKey + "[" + i + "]", "expected a section of 'key: value' lines");
            }
            ObjectNode node = out.addObject();
            if (item.has("name")) {
                node.set("name", item.get("name"));
            }
            node.put("role", role);
            ((ObjectNode) item).fields().forEachRemaining(f -> {
                if (!f.getKey().equals("name")) {
                    node.set(f.getKey(), f.getValue());
                }
            });
            if (!node.has("localMemberHost")) {
                node.put("localMemberHost", "");
            }
        }
    }
}
