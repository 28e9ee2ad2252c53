package io.eswizard.model;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The starting points for a new project. Accepting every default and filling in addresses
 * and passwords gives the reference topology (2 publishers, 2 stores, WKA clustering).
 */
public final class ProjectDefaults {

    public static final int DEFAULT_PUBLISHERS = 2;
    public static final int DEFAULT_STORES = 2;

    /** Loopback addresses of the local sandbox; every one of them is this machine. */
    static final String SANDBOX_DB = "127.0.0.1";
    static final String SANDBOX_IS = "127.0.0.20";
    static final String SANDBOX_LB = "127.0.0.30";

    private ProjectDefaults() {
    }

    /** The reference topology; addresses are left empty for the admin to fill in. */
    public static ClusterProject reference(String name, int publishers, int stores) {
        List<EsNode> nodes = new ArrayList<>();
        for (int i = 1; i <= publishers; i++) {
            nodes.add(EsNode.of("publisher-" + i, NodeRole.PUBLISHER, ""));
        }
        for (int i = 1; i <= stores; i++) {
            nodes.add(EsNode.of("store-" + i, NodeRole.STORE, ""));
        }
        return new ClusterProject(name, ConnectionSettings.defaults(), DatabaseSettings.defaults(), nodes,
                ClusteringSettings.defaults(defaultWellKnownMembers(nodes)),
                HostNames.defaults(), SsoSettings.defaults(), LoadBalancerSettings.defaults(),
                ProductPacks.defaults());
    }

    /**
     * Every role on this machine: loopback addresses, local connections, distinct port
     * offsets and member ports, homes under one sandbox folder.
     */
    public static ClusterProject localSandbox(String name, int publishers, int stores, Path sandbox,
                                              boolean runningAsRoot) {
        ClusterProject base = reference(name, publishers, stores);
        List<EsNode> nodes = new ArrayList<>();
        List<HostOverride> local = new ArrayList<>();
        int i = 0;
        for (EsNode n : base.nodes()) {
            i++;
            String address = "127.0.0." + (10 + i);
            nodes.add(n.withAddress(address)
                    .withEsHome(sandbox.resolve(n.name()).resolve("wso2es-2.1.0").toString())
                    .withPortOffset(i)
                    .withMemberPort(EsNode.DEFAULT_MEMBER_PORT + i));
            local.add(HostOverride.localMachine(address));
        }
        for (String address : List.of(SANDBOX_DB, SANDBOX_IS, SANDBOX_LB)) {
            local.add(HostOverride.localMachine(address));
        }
        ConnectionSettings connection = base.connection()
                .withLogin(System.getProperty("user.name", "root"), !runningAsRoot)
                .withHostOverrides(local);
        SsoSettings sso = base.sso().withIdentityServer(SANDBOX_IS,
                sandbox.resolve("identity-server").resolve("wso2is-5.1.0").toString());
        LoadBalancerSettings lb = base.loadBalancer().withAddress(SANDBOX_LB).withPorts(8080, 8443);
        return base.withConnection(connection)
                .withDatabase(base.database().withHost(SANDBOX_DB))
                .withNodes(nodes)
                .withClustering(base.clustering().withWellKnownMembers(defaultWellKnownMembers(nodes)))
                .withSso(sso)
                .withLoadBalancer(lb);
    }

    /** The first publisher and the first store. */
    public static List<String> defaultWellKnownMembers(List<EsNode> nodes) {
        List<String> members = new ArrayList<>();
        for (NodeRole role : NodeRole.values()) {
            nodes.stream().filter(n -> n.role() == role).findFirst().ifPresent(n -> members.add(n.name()));
        }
        return members;
    }
}
