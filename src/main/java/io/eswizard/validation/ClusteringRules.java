package io.eswizard.validation;

import io.eswizard.model.field.Field;
import io.eswizard.model.ClusterProject;
import io.eswizard.model.ClusteringSettings;
import io.eswizard.model.EsNode;
import io.eswizard.model.MembershipScheme;
import io.eswizard.model.NodeRole;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** The Clustering page: Hazelcast domain, membership scheme and well-known members. */
final class ClusteringRules {

    private static final Pattern DOMAIN = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");
    private static final Field MEMBERS = Field.WELL_KNOWN_MEMBERS;

    private ClusteringRules() {
    }

    static void check(ClusterProject p, List<Problem> out) {
        ClusteringSettings c = p.clustering();
        String domain = Text.of(c.domain());
        if (domain.isBlank()) {
            out.add(Problem.error(Field.CLUSTERING_DOMAIN, "The clustering domain is empty. Every node needs the same"
                    + " domain name, e.g. " + ClusteringSettings.DEFAULT_DOMAIN + "."));
        } else if (!DOMAIN.matcher(domain).matches()) {
            out.add(Problem.error(Field.CLUSTERING_DOMAIN, "The clustering domain '" + domain + "' may only use"
                    + " letters, digits, '.', '_' and '-'. Use e.g. " + ClusteringSettings.DEFAULT_DOMAIN + "."));
        }
        if (c.membershipScheme() == MembershipScheme.MULTICAST) {
            out.add(Problem.warning(Field.MEMBERSHIP_SCHEME, "Multicast discovery only works when the network"
                    + " between the nodes forwards multicast traffic, which many clouds and data centres block."
                    + " Prefer the well-known address (WKA) scheme unless you know multicast works."));
        } else {
            checkWellKnownMembers(p, c.wellKnownMembers(), out);
        }
    }

    private static void checkWellKnownMembers(ClusterProject p, List<String> members, List<Problem> out) {
        if (members.isEmpty()) {
            out.add(Problem.error(MEMBERS, "No well-known members are chosen, so the nodes cannot find each other."
                    + " Pick at least one publisher and one store node."));
            return;
        }
        Set<String> seen = new HashSet<>();
        Set<NodeRole> roles = EnumSet.noneOf(NodeRole.class);
        for (String raw : members) {
            String name = Text.of(raw);
            Optional<EsNode> node = p.node(name);
            if (node.isEmpty()) {
                out.add(Problem.error(MEMBERS, "The well-known member '" + name + "' is not a node of this cluster."
                        + " Pick it again from the node list or remove it."));
            } else if (!seen.add(name)) {
                out.add(Problem.error(MEMBERS, "The well-known member '" + name + "' is listed twice. Remove one."));
            } else if (node.get().role() != null) {
                roles.add(node.get().role());
            }
        }
        // Each role must be able to join even while all nodes of the other role are down.
        for (NodeRole role : NodeRole.values()) {
            if (!roles.contains(role) && p.nodesWithRole(role).findAny().isPresent()) {
                out.add(Problem.error(MEMBERS, "The well-known members include no " + role.id() + " node. Add one,"
                        + " e.g. " + p.nodesWithRole(role).findFirst().map(EsNode::name).orElse("") + "."));
            }
        }
    }
}
