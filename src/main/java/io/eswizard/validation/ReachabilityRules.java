package io.eswizard.validation;

import io.eswizard.model.field.Field;
import io.eswizard.model.ClusterProject;
import io.eswizard.model.EsNode;
import java.util.List;
import java.util.Optional;

/**
 * Across pages: a loopback address means "my own machine" to whoever uses it. When some nodes run
 * elsewhere, they would reach themselves instead of the database or the other nodes.
 */
final class ReachabilityRules {

    private ReachabilityRules() {
    }

    static void check(ClusterProject p, Machines machines, List<Problem> out) {
        Optional<EsNode> remote = p.nodes().stream()
                .filter(n -> AddressSyntax.isValid(Text.of(n.address()))
                        && machines.key(n.address()).filter(k -> !k.equals(Machines.THIS_MACHINE)).isPresent())
                .findFirst();
        if (remote.isEmpty()) {
            return; // everything on this machine (or not filled in yet): loopback works
        }
        String other = remote.get().name() + " (" + remote.get().address() + ")";
        String dbHost = Text.of(p.database().host());
        if (AddressSyntax.isLoopback(dbHost)) {
            out.add(Problem.error(Field.DATABASE_HOST, "The database address '" + dbHost + "' is a loopback address,"
                    + " so " + other + " would look for MySQL on its own machine. Enter an address of the database"
                    + " machine that the nodes can reach, e.g. its 10.x or 192.168.x address."));
        }
        for (int i = 0; i < p.nodes().size(); i++) {
            EsNode n = p.nodes().get(i);
            String memberHost = Text.of(n.effectiveMemberHost());
            if (AddressSyntax.isLoopback(memberHost)) {
                Field field = Text.of(n.localMemberHost()).isBlank() ? Field.NODE_ADDRESS
                        : Field.NODE_LOCAL_MEMBER_HOST;
                out.add(Problem.error(field.at(p, i), n.name() + " clusters on the loopback address '"
                        + memberHost + "', which " + other + " cannot reach, so they would never join. Use an"
                        + " address of " + n.name() + "'s machine that the other nodes can reach."));
            }
        }
        String lb = Text.of(p.loadBalancer().address());
        if (p.loadBalancer().writeHostMappings() && AddressSyntax.isLoopback(lb)) {
            out.add(Problem.warning(Field.LB_ADDRESS, "The load balancer address '" + lb + "' is a loopback"
                    + " address, so the host name mappings on " + other + " would point at that node itself."
                    + " Enter an address of the load balancer that the nodes can reach."));
        }
        String is = Text.of(p.sso().isAddress());
        if (p.sso().enabled() && AddressSyntax.isLoopback(is)) {
            out.add(Problem.warning(Field.IS_ADDRESS, "The Identity Server address '" + is + "' is a loopback address:"
                    + " only browsers on this machine could log in, while the nodes run on other machines such as "
                    + other + ". Enter an address of the Identity Server that users' browsers can reach."));
        }
    }
}
