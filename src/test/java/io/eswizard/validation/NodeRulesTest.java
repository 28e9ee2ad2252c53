package io.eswizard.validation;

import static io.eswizard.validation.Findings.assertClean;
import static io.eswizard.validation.Findings.assertError;
import static io.eswizard.validation.Findings.assertNothingAt;
import static io.eswizard.validation.Findings.assertWarning;
import static io.eswizard.validation.Projects.withNode;

import io.eswizard.model.ClusterProject;
import io.eswizard.model.EsNode;
import io.eswizard.model.NodeRole;
import java.util.List;
import org.junit.jupiter.api.Test;

class NodeRulesTest {

    private final ClusterProject clean = Projects.clean();

    @Test
    void needsAPublisherAndAStore() {
        ClusterProject storesOnly = clean.withNodes(List.of(clean.nodes().get(2), clean.nodes().get(3)));
        assertError(storesOnly, "nodes", "no publisher node");
        ClusterProject publishersOnly = clean.withNodes(List.of(clean.nodes().get(0), clean.nodes().get(1)));
        assertError(publishersOnly, "nodes", "no store node");
    }

    @Test
    void oneNodeOfARoleMeansNoFailover() {
        ClusterProject oneStore = clean.withNodes(clean.nodes().subList(0, 3));
        assertWarning(oneStore, "nodes", "only one store node (store-1)", "failover");
        assertClean(clean);
    }

    @Test
    void namesUsableAsInventoryHosts() {
        assertError(withNode(clean, 1, n -> n.withName("Publisher_2")), "nodes[1].name", "'Publisher_2'",
                "lower-case");
        assertError(withNode(clean, 1, n -> n.withName("-pub")), "nodes[1].name", "'-pub'");
        assertError(withNode(clean, 1, n -> n.withName("")), "nodes[1].name", "no name");
        assertNothingAt(withNode(clean, 1, n -> n.withName("pub2")), "nodes[1].name");
    }

    @Test
    void reservedNamesRefused() {
        for (String reserved : List.of("database", "identity-server", "load-balancer")) {
            assertError(withNode(clean, 3, n -> n.withName(reserved)), "nodes[3].name", "'" + reserved + "'",
                    "reserved");
        }
    }

    @Test
    void duplicateNamesRefusedOnTheLaterNode() {
        ClusterProject dup = withNode(clean, 3, n -> n.withName("store-1"));
        assertError(dup, "nodes[3].name", "Two nodes are called 'store-1'");
        assertNothingAt(dup, "nodes[2].name");
    }

    @Test
    void addressRequiredAndBare() {
        assertError(withNode(clean, 2, n -> n.withAddress("")), "nodes[2].address",
                "address of store-1 is missing");
        assertError(withNode(clean, 2, n -> n.withAddress("https://10.0.0.13:9443")), "nodes[2].address",
                "'https://10.0.0.13:9443'", "without http:// or https://");
    }

    @Test
    void esHomeAbsolute() {
        assertError(withNode(clean, 0, n -> n.withEsHome("opt/wso2es")), "nodes[0].esHome", "'opt/wso2es'",
                "absolute");
        assertError(withNode(clean, 0, n -> n.withEsHome("")), "nodes[0].esHome", "empty");
        assertError(withNode(clean, 0, n -> n.withEsHome("/")), "nodes[0].esHome", "root folder");
    }

    @Test
    void twoNodesOnOneMachineNeedTheirOwnEsHome() {
        ClusterProject shared = withNode(clean, 1, n -> n.withAddress("10.0.0.11").withPortOffset(1)
                .withMemberPort(4001));
        assertError(shared, "nodes[1].esHome", "publisher-2 and publisher-1", "/opt/wso2es-2.1.0");
        assertNothingAt(withNode(shared, 1, n -> n.withEsHome("/opt/es-2")), "nodes[1].esHome");
        // a trailing slash names the same folder
        assertError(withNode(shared, 1, n -> n.withEsHome("/opt/wso2es-2.1.0/")), "nodes[1].esHome", "same");
    }

    @Test
    void portOffsetKeepsPortsValid() {
        assertError(withNode(clean, 0, n -> n.withPortOffset(-1)), "nodes[0].portOffset", "is -1");
        assertError(withNode(clean, 0, n -> n.withPortOffset(55773)), "nodes[0].portOffset", "is 55773",
                "between 0 and 55772");
        assertNothingAt(withNode(clean, 0, n -> n.withPortOffset(55772)), "nodes[0].portOffset");
    }

    @Test
    void memberPortInRangeAndUnprivileged() {
        assertError(withNode(clean, 0, n -> n.withMemberPort(0)), "nodes[0].memberPort", "is 0");
        assertWarning(withNode(clean, 0, n -> n.withMemberPort(400)), "nodes[0].memberPort", "400", "below 1024");
        assertNothingAt(withNode(clean, 0, n -> n.withMemberPort(5701)), "nodes[0].memberPort");
    }

    @Test
    void localMemberHostIsAnAddressWhenGiven() {
        assertError(withNode(clean, 0, n -> n.withLocalMemberHost("10.1.0.11:4000")), "nodes[0].localMemberHost",
                "'10.1.0.11:4000'");
        assertNothingAt(withNode(clean, 0, n -> n.withLocalMemberHost("10.1.0.11")), "nodes[0].localMemberHost");
    }

    @Test
    void nodeWithoutRoleRefused() {
        assertError(withNode(clean, 0, n -> n.withRole(null)), "nodes[0].role", "publisher-1 has no role");
        assertNothingAt(withNode(clean, 0, n -> n.withRole(NodeRole.PUBLISHER)), "nodes[0].role");
        assertClean(clean.withNodes(List.of(clean.nodes().get(0), clean.nodes().get(1), clean.nodes().get(2),
                clean.nodes().get(3), EsNode.of("store-3", NodeRole.STORE, "10.0.0.15"))));
    }
}
