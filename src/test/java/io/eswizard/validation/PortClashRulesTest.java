package io.eswizard.validation;

import static io.eswizard.validation.Findings.assertClean;
import static io.eswizard.validation.Findings.assertError;
import static io.eswizard.validation.Findings.assertNoErrors;
import static io.eswizard.validation.Findings.assertNothingAt;
import static io.eswizard.validation.Projects.with;
import static io.eswizard.validation.Projects.withNode;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.eswizard.model.ClusterProject;
import io.eswizard.model.HostOverride;
import java.util.List;
import org.junit.jupiter.api.Test;

class PortClashRulesTest {

    private final ClusterProject clean = Projects.clean();

    /** store-1 moved onto publisher-1's machine, with its own ES_HOME. */
    private ClusterProject storeOnPublisherMachine(String address) {
        return withNode(clean, 2, n -> n.withAddress(address).withEsHome("/opt/store-1"));
    }

    @Test
    void twoNodesOnOneAddressWithTheSameOffsetClash() {
        ClusterProject p = storeOnPublisherMachine("10.0.0.11");
        Problem pr = assertError(p, "nodes[2].portOffset", "Two nodes on 10.0.0.11", "publisher-1 and store-1",
                "port offset 0", "HTTPS port 9443", "Give store-1 a different port offset, e.g. 1.");
        assertNothingAt(p, "nodes[0].portOffset"); // the later node carries the finding
        assertEquals(1, ClusterValidator.validate(p).stream()
                .filter(x -> x.fieldPath().equals("nodes[2].portOffset")).count(), pr.message());
    }

    @Test
    void twoNodesOnOneAddressWithTheSameMemberPortClash() {
        ClusterProject p = withNode(storeOnPublisherMachine("10.0.0.11"), 2, n -> n.withPortOffset(1));
        assertError(p, "nodes[2].memberPort", "store-1's clustering member port", "4000",
                "publisher-1's clustering member port", "e.g. 4001");
        assertNothingAt(p, "nodes[2].portOffset");
    }

    @Test
    void twoNodesOnOneAddressWithDistinctOffsetsAndMemberPortsAreFine() {
        assertClean(withNode(storeOnPublisherMachine("10.0.0.11"), 2, n -> n.withPortOffset(1).withMemberPort(4001)));
    }

    @Test
    void httpsOfOneNodeAgainstHttpOfAnother() {
        // 9443 + 320 = 9763, publisher-1's HTTP port
        ClusterProject p = withNode(storeOnPublisherMachine("10.0.0.11"), 2, n -> n.withPortOffset(320)
                .withMemberPort(4001));
        assertError(p, "nodes[2].portOffset", "store-1's HTTPS port (9443 + offset 320)", "9763",
                "publisher-1's HTTP port", "e.g. 1.");
    }

    @Test
    void loopbackAddressesAndLocalHostsAreOneMachine() {
        ClusterProject loopback = withNode(withNode(clean, 0, n -> n.withAddress("127.0.0.11")), 2,
                n -> n.withAddress("localhost").withEsHome("/opt/store-1"));
        assertError(loopback, "nodes[2].portOffset", "Two nodes on this machine", "port offset 0",
                "Loopback addresses and hosts marked local all count as this machine");
        ClusterProject local = withNode(clean.withConnection(clean.connection().withHostOverrides(
                List.of(HostOverride.localMachine("10.0.0.13")))), 0, n -> n.withAddress("127.0.0.2"));
        assertError(local, "nodes[2].portOffset", "this machine");
        assertNothingAt(withNode(clean, 0, n -> n.withAddress("127.0.0.11")), "nodes[2].portOffset");
    }

    @Test
    void nodeAgainstLoadBalancer() {
        ClusterProject p = clean.withLoadBalancer(with(with(clean.loadBalancer(), "address", "10.0.0.11"),
                "httpsPort", 9443));
        assertError(p, "nodes[0].portOffset", "publisher-1's HTTPS port", "the load balancer's HTTPS port",
                "10.0.0.11", "e.g. 1.");
    }

    @Test
    void loadBalancerHttpAgainstHttps() {
        ClusterProject p = clean.withLoadBalancer(with(clean.loadBalancer(), "httpsPort", 80));
        assertError(p, "loadBalancer.httpsPort", "the load balancer's HTTPS port would be 80",
                "the load balancer's HTTP port", "Choose another port for the load balancer");
    }

    @Test
    void anHttpPortOf443IsTheHttpFieldsProblem() {
        ClusterProject p = clean.withLoadBalancer(with(clean.loadBalancer(), "httpPort", 443));
        assertError(p, "loadBalancer.httpPort", "the load balancer's HTTP port would be 443",
                "the load balancer's HTTPS port");
        assertNothingAt(p, "loadBalancer.httpsPort");
    }

    @Test
    void eachClashingMemberPortGetsAFreePortOfItsOwn() {
        // three nodes on one machine, all on member port 4000
        ClusterProject p = withNode(withNode(clean, 1, n -> n.withAddress("10.0.0.11").withEsHome("/opt/p2")
                .withPortOffset(1).withMemberPort(4000)), 2, n -> n.withAddress("10.0.0.11").withEsHome("/opt/s1")
                .withPortOffset(2).withMemberPort(4000));
        List<String> advice = io.eswizard.validation.ClusterValidator.validate(p).stream()
                .filter(pr -> pr.field().path().endsWith("memberPort")).map(Problem::message).toList();
        assertEquals(2, advice.size(), advice.toString());
        assertTrue(advice.get(0).contains("e.g. 4001."), advice.get(0));
        assertTrue(advice.get(1).contains("e.g. 4002."), advice.get(1));
        // following the advice clears every clash
        assertNoErrors(withNode(withNode(p, 1, n -> n.withMemberPort(4001)), 2, n -> n.withMemberPort(4002)));
    }

    @Test
    void loadBalancerAgainstMysql() {
        ClusterProject p = clean.withLoadBalancer(with(with(clean.loadBalancer(), "address", Projects.DB),
                "httpPort", 3306));
        assertError(p, "loadBalancer.httpPort", "3306", "MySQL");
        assertNothingAt(clean.withLoadBalancer(with(clean.loadBalancer(), "address", Projects.DB)),
                "loadBalancer.httpPort");
    }

    @Test
    void nodeAgainstIdentityServer() {
        ClusterProject p = clean.withSso(with(clean.sso(), "isAddress", "10.0.0.14"));
        assertError(p, "nodes[3].portOffset", "store-2's HTTPS port", "Identity Server's HTTPS port", "9443",
                "e.g. 1.");
        assertNoErrors(withNode(p, 3, n -> n.withPortOffset(1)));
        // with SSO off the Identity Server does not run
        ClusterProject off = p.withSso(with(p.sso(), "enabled", false));
        assertNothingAt(off, "nodes[3].portOffset");
    }

    @Test
    void identityServerAgainstMysql() {
        ClusterProject p = clean.withSso(with(with(clean.sso(), "isAddress", Projects.DB), "isHttpsPort", 3306));
        assertError(p, "sso.isHttpsPort", "MySQL", "3306", "Identity Server");
    }

    @Test
    void nodeMemberPortAgainstMysql() {
        ClusterProject p = withNode(clean, 1, n -> n.withAddress(Projects.DB).withMemberPort(3306));
        assertError(p, "nodes[1].memberPort", "publisher-2's clustering member port", "3306", "MySQL", "e.g. 4000");
    }

    @Test
    void suggestedOffsetSkipsTakenPorts() {
        ClusterProject p = withNode(withNode(clean, 1, n -> n.withAddress("10.0.0.11").withEsHome("/opt/p2")
                .withPortOffset(1).withMemberPort(4001)), 2, n -> n.withAddress("10.0.0.11").withEsHome("/opt/s1")
                .withMemberPort(4002));
        assertError(p, "nodes[2].portOffset", "publisher-1 and store-1", "e.g. 2.");
    }
}
