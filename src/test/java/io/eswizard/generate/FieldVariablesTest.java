package io.eswizard.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.eswizard.model.AdminAccess;
import io.eswizard.model.ClusterProject;
import io.eswizard.model.DriverSource;
import io.eswizard.model.EsNode;
import io.eswizard.model.HostOverride;
import io.eswizard.model.ProjectDefaults;
import io.eswizard.model.Secrets;
import io.eswizard.model.TlsMode;
import io.eswizard.model.field.Field;
import io.eswizard.model.field.FieldValues;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Each catalogue entry's Ansible variable is the one its setting feeds: change the setting and that
 * variable's value in the generated inventory, vars or secrets files changes.
 */
class FieldVariablesTest {

    /** Fields whose variable only says that the file exists: it holds a fixed name in the bundle's files/. */
    private static final Set<Field> PRESENCE_ONLY = Set.of(Field.CERT_FILE, Field.KEY_FILE);
    private static final Secrets SECRETS = new Secrets("app-password", "admin-password", "sudo-password",
            Map.of("10.0.0.11", "own-sudo-password"));

    /** Every option that makes a variable appear is on; one machine has an override that is not local. */
    private static ClusterProject project() {
        ClusterProject p = ProjectDefaults.reference("contract", 2, 2);
        List<EsNode> nodes = new ArrayList<>();
        for (int i = 0; i < p.nodes().size(); i++) {
            nodes.add(p.nodes().get(i).withAddress("10.0.0." + (11 + i)));
        }
        p = p.withNodes(nodes).withConnection(p.connection().withHostOverrides(List.of(
                new HostOverride("10.0.0.11", false, "deploy", 2222, "/keys/deploy"))));
        Map<Field, Object> settings = Map.of(Field.DATABASE_HOST, "10.0.0.5", Field.ADMIN_ACCESS, AdminAccess.PASSWORD,
                Field.DRIVER_SOURCE, DriverSource.FILE, Field.DRIVER_JAR, "/opt/drivers/mysql-custom.jar",
                Field.SCRIPTS_HOME, "/opt/scripts", Field.IS_ADDRESS, "10.0.0.6", Field.LB_ADDRESS, "10.0.0.7",
                Field.TLS_MODE, TlsMode.PROVIDED, Field.CERT_FILE, "/certs/lb.pem", Field.KEY_FILE, "/certs/lb.key");
        for (Map.Entry<Field, Object> setting : settings.entrySet()) {
            p = FieldValues.write(setting.getKey(), p, setting.getValue());
        }
        return p;
    }

    @Test
    void changingASettingChangesTheVariableItFeeds() {
        ClusterProject base = project();
        for (Field f : Field.values()) {
            if (f.ansibleVariable().isEmpty()) {
                continue;
            }
            String variable = f.ansibleVariable().get();
            Set<String> before = occurrences(base, SECRETS, variable);
            assertTrue(!before.isEmpty(), f.name() + ": " + variable + " is not in the generated files");
            if (PRESENCE_ONLY.contains(f)) {
                continue;
            }
            Object changedSecret = FieldValues.type(f) == Map.class ? Map.of("10.0.0.11", "changed") : "changed";
            Set<String> after = f.isSecret() ? occurrences(base, FieldValues.write(f, SECRETS, changedSecret), variable)
                    : occurrences(changed(base, f), SECRETS, variable);
            assertNotEquals(before, after, f.name() + " does not feed " + variable);
        }
    }

    @Test
    void nodeNamesAreTheInventoryHostNames() {
        assertEquals("inventory_hostname", Field.NODE_NAME.ansibleVariable().orElseThrow());
        Set<String> hosts = occurrences(project(), SECRETS, "inventory_hostname");
        for (EsNode n : project().nodes()) {
            assertTrue(hosts.contains("inventory/hosts.yml:" + n.name()), n.name() + " in " + hosts);
        }
    }

    private static ClusterProject changed(ClusterProject p, Field f) {
        if (f == Field.ADMIN_NETWORKS) {
            return FieldValues.write(f, p, List.of("10.9.0.0/16"));
        }
        if (f == Field.WELL_KNOWN_MEMBERS) {
            return FieldValues.write(f, p, List.of(p.nodes().get(1).name(), p.nodes().get(3).name()));
        }
        if (f.isItem() && f.list().orElseThrow() == Field.NODES) {
            List<EsNode> nodes = new ArrayList<>(p.nodes());
            nodes.set(0, FieldValues.writeItem(f, nodes.get(0), other(FieldValues.readItem(f, nodes.get(0)))));
            return p.withNodes(nodes);
        }
        if (f.isItem()) {
            List<HostOverride> overrides = new ArrayList<>(p.connection().hostOverrides());
            overrides.set(0, FieldValues.writeItem(f, overrides.get(0), other(FieldValues.readItem(f,
                    overrides.get(0)))));
            return p.withConnection(p.connection().withHostOverrides(overrides));
        }
        return FieldValues.write(f, p, other(FieldValues.read(f, p)));
    }

    private static Object other(Object value) {
        if (value instanceof String s) {
            return s + "-changed";
        }
        if (value instanceof Integer i) {
            return i + 1;
        }
        if (value instanceof Boolean b) {
            return !b;
        }
        Object[] constants = value.getClass().getEnumConstants();
        return constants[(Arrays.asList(constants).indexOf(value) + 1) % constants.length];
    }

    /**
     * Where the variable appears, as "file:path=value" for every mapping key of that name in every generated
     * file (hosts.yml's host variables included); for inventory_hostname, the inventory's host names.
     */
    private static Set<String> occurrences(ClusterProject p, Secrets secrets, String variable) {
        Set<String> found = new TreeSet<>();
        Map<String, String> files = new java.util.TreeMap<>(InventoryGenerator.generate(p).files());
        files.put("secrets.yml", SecretsFile.content(p, secrets));
        files.forEach((file, content) -> {
            Object doc = UnsafeTagYaml.create().load(content);
            if (variable.equals("inventory_hostname") && file.equals(InventoryGenerator.INVENTORY)) {
                hostNames(doc, file, found);
            } else {
                walk(doc, file + ":", variable, found);
            }
        });
        return found;
    }

    private static void walk(Object node, String where, String variable, Set<String> found) {
        if (node instanceof Map<?, ?> map) {
            map.forEach((k, v) -> {
                if (variable.equals(k)) {
                    found.add(where + k + "=" + v);
                }
                walk(v, where + k + ".", variable, found);
            });
        } else if (node instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                walk(list.get(i), where + i + ".", variable, found);
            }
        }
    }

    /** The keys under every "hosts:" of the inventory. */
    private static void hostNames(Object node, String file, Set<String> found) {
        if (node instanceof Map<?, ?> map) {
            map.forEach((k, v) -> {
                if ("hosts".equals(k) && v instanceof Map<?, ?> hosts) {
                    hosts.keySet().forEach(h -> found.add(file + ":" + h));
                } else {
                    hostNames(v, file, found);
                }
            });
        }
    }
}
