package io.eswizard.model;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Everything the wizard knows about one cluster, page by page. Immutable; edits make copies.
 * Secrets are deliberately not part of it (see {@link Secrets}).
 */
public record ClusterProject(
        String name,
        ConnectionSettings connection,
        DatabaseSettings database,
        List<EsNode> nodes,
        ClusteringSettings clustering,
        HostNames hostNames,
        SsoSettings sso,
        LoadBalancerSettings loadBalancer,
        ProductPacks packs) {

    public ClusterProject {
        nodes = List.copyOf(nodes);
    }

    public Stream<EsNode> nodesWithRole(NodeRole role) {
        return nodes.stream().filter(n -> n.role() == role);
    }

    public Optional<EsNode> node(String nodeName) {
        return nodes.stream().filter(n -> n.name().equals(nodeName)).findFirst();
    }

    public ClusterProject withName(String v) {
        return new ClusterProject(v, connection, database, nodes, clustering, hostNames, sso, loadBalancer, packs);
    }

    public ClusterProject withConnection(ConnectionSettings v) {
        return new ClusterProject(name, v, database, nodes, clustering, hostNames, sso, loadBalancer, packs);
    }

    public ClusterProject withDatabase(DatabaseSettings v) {
        return new ClusterProject(name, connection, v, nodes, clustering, hostNames, sso, loadBalancer, packs);
    }

    public ClusterProject withNodes(List<EsNode> v) {
        return new ClusterProject(name, connection, database, v, clustering, hostNames, sso, loadBalancer, packs);
    }

    public ClusterProject withClustering(ClusteringSettings v) {
        return new ClusterProject(name, connection, database, nodes, v, hostNames, sso, loadBalancer, packs);
    }

    public ClusterProject withHostNames(HostNames v) {
        return new ClusterProject(name, connection, database, nodes, clustering, v, sso, loadBalancer, packs);
    }

    public ClusterProject withSso(SsoSettings v) {
        return new ClusterProject(name, connection, database, nodes, clustering, hostNames, v, loadBalancer, packs);
    }

    public ClusterProject withLoadBalancer(LoadBalancerSettings v) {
        return new ClusterProject(name, connection, database, nodes, clustering, hostNames, sso, v, packs);
    }

    public ClusterProject withPacks(ProductPacks v) {
        return new ClusterProject(name, connection, database, nodes, clustering, hostNames, sso, loadBalancer, v);
    }
}
