package io.eswizard.generate;

import static io.eswizard.generate.AnsibleYaml.unsafe;

import io.eswizard.model.ClusterProject;
import io.eswizard.model.EsNode;
import java.util.List;
import java.util.Map;

/**
 * Nodes an earlier run set up that the project no longer has: the playbook stops them and removes
 * their services (site.yml, teardown.yml). They are listed in the inventory group
 * {@value #GROUP} as {@code retired-<node name>}, reached with the connection settings of the
 * project that set them up, and carry its name, which names their services.
 */
public final class RetiredNodes {

    public static final String GROUP = "es_retired_nodes";
    public static final String HOST_PREFIX = "retired-";

    private RetiredNodes() {
    }

    /** The nodes of {@code deployed} whose machine and ES_HOME no node of {@code current} uses. */
    public static List<EsNode> between(ClusterProject deployed, ClusterProject current) {
        return deployed.nodes().stream()
                .filter(old -> current.nodes().stream().noneMatch(n -> n.address().equals(old.address())
                        && n.esHome().equals(old.esHome())))
                .toList();
    }

    /** The inventory of {@code current} with the nodes that left it since {@code deployed}. */
    public static String inventoryFile(ClusterProject current, ClusterProject deployed) {
        Map<String, Object> root = InventoryGenerator.inventory(current);
        Map<String, Object> hosts = retiredGroupHosts(root);
        for (EsNode n : between(deployed, current)) {
            Map<String, Object> vars = ConnectionVars.forAddress(deployed.connection(), n.address());
            vars.put("es_node_name", unsafe(n.name()));
            vars.put("es_node_role", n.role().id());
            vars.put("es_node_address", unsafe(n.address()));
            vars.put("es_node_home", unsafe(n.esHome()));
            vars.put("es_node_port_offset", n.portOffset());
            vars.put("es_cluster_name", unsafe(deployed.name()));
            hosts.put(HOST_PREFIX + n.name(), vars);
        }
        return AnsibleYaml.write(InventoryGenerator.header(current), root);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> retiredGroupHosts(Map<String, Object> root) {
        Map<String, Object> all = (Map<String, Object>) root.get("all");
        Map<String, Object> children = (Map<String, Object>) all.get("children");
        Map<String, Object> group = (Map<String, Object>) children.get(GROUP);
        return (Map<String, Object>) group.get("hosts");
    }
}
