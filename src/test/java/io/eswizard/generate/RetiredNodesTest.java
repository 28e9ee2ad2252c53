package io.eswizard.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.eswizard.model.ClusterProject;
import io.eswizard.model.EsNode;
import io.eswizard.model.NodeRole;
import io.eswizard.validation.Machines;
import io.eswizard.model.ProjectDefaults;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Nodes an earlier run set up that the project no longer has, and how the inventory lists them. */
class RetiredNodesTest {

    private final ClusterProject deployed = ProjectDefaults.localSandbox("shop", 2, 3, Path.of("/srv/sb"), true);

    @Test
    void aNodeIsTheSameWhileItsMachineAndHomeAreEvenWhenRenamed() {
        List<EsNode> nodes = new ArrayList<>(deployed.nodes());
        EsNode store3 = nodes.remove(4);
        nodes.set(0, nodes.get(0).withName("publisher-one"));
        nodes.set(1, nodes.get(1).withEsHome("/srv/other/wso2es-2.1.0"));
        ClusterProject current = deployed.withNodes(nodes);

        assertEquals(List.of(deployed.nodes().get(1), store3), RetiredNodes.between(deployed, current));
        assertEquals(List.of(), RetiredNodes.between(deployed, deployed));
    }

    @Test
    @SuppressWarnings("unchecked")
    void theInventoryListsEachWithTheConnectionAndNameOfTheProjectThatSetItUp() {
        ClusterProject current = deployed.withName("shop renamed")
                .withNodes(deployed.nodes().stream().filter(n -> !n.name().equals("store-3")).toList());
        Map<String, Object> root = UnsafeTagYaml.create().load(RetiredNodes.inventoryFile(current, deployed));
        Map<String, Object> children = (Map<String, Object>) ((Map<String, Object>) root.get("all")).get("children");
        Map<String, Object> hosts = (Map<String, Object>) ((Map<String, Object>) children.get(RetiredNodes.GROUP))
                .get("hosts");
        EsNode store3 = deployed.node("store-3").orElseThrow();
        assertEquals(Map.of("retired-store-3", Map.ofEntries(
                Map.entry("ansible_host", store3.address()), Map.entry("ansible_connection", "local"),
                Map.entry("ansible_become", false),
                Map.entry("ansible_python_interpreter", deployed.connection().pythonInterpreter()),
                Map.entry("es_host_machine", new Machines(deployed.connection()).key(store3.address())
                        .orElseThrow()),
                Map.entry("es_node_name", "store-3"), Map.entry("es_node_role", NodeRole.STORE.id()),
                Map.entry("es_node_address", store3.address()), Map.entry("es_node_home", store3.esHome()),
                Map.entry("es_node_port_offset", store3.portOffset()), Map.entry("es_cluster_name", "shop"))),
                hosts);
        // The rest is the inventory of the project as it is now.
        Map<String, Object> plain = UnsafeTagYaml.create().load(InventoryGenerator.generate(current).files()
                .get(InventoryGenerator.INVENTORY));
        ((Map<String, Object>) ((Map<String, Object>) ((Map<String, Object>) plain.get("all")).get("children"))
                .get(RetiredNodes.GROUP)).put("hosts", hosts);
        assertEquals(plain, root);
    }

    @Test
    void withoutAnEarlierRunTheGroupIsEmpty() {
        String inventory = InventoryGenerator.generate(deployed).files().get(InventoryGenerator.INVENTORY);
        assertEquals(inventory, RetiredNodes.inventoryFile(deployed, deployed));
    }
}
