package io.eswizard.validation;

import static io.eswizard.validation.Findings.assertError;
import static io.eswizard.validation.Findings.assertNoErrors;
import static io.eswizard.validation.Findings.assertNothingAt;
import static io.eswizard.validation.Findings.assertWarning;
import static io.eswizard.validation.Projects.with;
import static io.eswizard.validation.Projects.withNode;

import io.eswizard.model.ClusterProject;
import io.eswizard.model.HostOverride;
import io.eswizard.model.ProjectDefaults;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReachabilityRulesTest {

    private final ClusterProject clean = Projects.clean();

    @Test
    void loopbackDatabaseWithRemoteNodes() {
        assertError(clean.withDatabase(clean.database().withHost("127.0.0.1")), "database.host", "'127.0.0.1'",
                "publisher-1 (10.0.0.11)", "its own machine");
        assertNothingAt(clean.withDatabase(clean.database().withHost("10.0.0.11")), "database.host");
    }

    @Test
    void loopbackNodeWithRemoteNodesCannotCluster() {
        assertError(withNode(clean, 0, n -> n.withAddress("localhost")), "nodes[0].address", "publisher-1",
                "'localhost'", "publisher-2 (10.0.0.12)", "never join");
        assertError(withNode(clean, 1, n -> n.withLocalMemberHost("127.0.0.1")), "nodes[1].localMemberHost",
                "'127.0.0.1'", "publisher-1 (10.0.0.11)");
    }

    @Test
    void loopbackLoadBalancerAndIdentityServerWithRemoteNodesAreSuspicious() {
        ClusterProject lb = clean.withLoadBalancer(with(clean.loadBalancer(), "address", "127.0.0.1"));
        assertWarning(lb, "loadBalancer.address", "'127.0.0.1'", "host name mappings");
        assertNothingAt(lb.withLoadBalancer(with(lb.loadBalancer(), "writeHostMappings", false)),
                "loadBalancer.address");
        assertWarning(clean.withSso(with(clean.sso(), "isAddress", "::1")), "sso.isAddress", "'::1'", "browsers");
    }

    @Test
    void allOnThisMachineIsFine() {
        assertNoErrors(ProjectDefaults.localSandbox("sb", 2, 2, Path.of("/tmp/sb"), false));
        ClusterProject sandbox = ProjectDefaults.localSandbox("sb", 2, 2, Path.of("/tmp/sb"), false);
        assertNothingAt(sandbox, "database.host");
        assertNothingAt(sandbox, "sso.isAddress");
    }

    @Test
    void nodesOnAddressesMarkedLocalAreOnThisMachine() {
        ClusterProject p = clean.withDatabase(clean.database().withHost("127.0.0.1"));
        List<HostOverride> local = p.nodes().stream().map(n -> HostOverride.localMachine(n.address())).toList();
        ClusterProject allLocal = p.withConnection(p.connection().withHostOverrides(local));
        assertNothingAt(allLocal, "database.host");
    }
}
