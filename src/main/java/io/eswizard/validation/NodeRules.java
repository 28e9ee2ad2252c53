package io.eswizard.validation;

import io.eswizard.model.field.Field;
import io.eswizard.model.field.FieldRef;
import io.eswizard.model.ClusterProject;
import io.eswizard.model.EsNode;
import io.eswizard.model.NodeRole;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** The Nodes page: each ES node's name, role, address, ES_HOME and ports. */
final class NodeRules {

    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9-]*");
    /** Inventory host names the generator gives to the other machines. */
    static final Set<String> RESERVED_NAMES = Set.of("database", "identity-server", "load-balancer");
    /** Highest offset that keeps HTTP (9763 + offset), the larger base port, a valid port. */
    static final int MAX_PORT_OFFSET = Ports.MAX - EsNode.BASE_HTTP_PORT;

    private NodeRules() {
    }

    /** @param production false for a sandbox: one node of a role is enough to try things out */
    static void check(ClusterProject p, Machines machines, boolean production, List<Problem> out) {
        for (NodeRole role : NodeRole.values()) {
            checkRoleCount(p, role, production, out);
        }
        Set<String> names = new HashSet<>();
        Map<String, String> homeOwners = new HashMap<>();
        for (int i = 0; i < p.nodes().size(); i++) {
            EsNode n = p.nodes().get(i);
            String name = Text.of(n.name());
            checkName(out, Field.NODE_NAME.at(p, i), name, names);
            String label = name.isBlank() ? "Node " + (i + 1) : name;
            if (n.role() == null) {
                out.add(Problem.error(Field.NODE_ROLE.at(p, i),
                        label + " has no role. Make it a publisher or a store."));
            }
            AddressSyntax.check(out, Field.NODE_ADDRESS.at(p, i), "The address of " + label, Text.of(n.address()),
                    true);
            RemotePaths.checkFolder(out, Field.NODE_ES_HOME.at(p, i), "ES_HOME of " + label, Text.of(n.esHome()),
                    EsNode.DEFAULT_ES_HOME);
            checkHomeShared(out, Field.NODE_ES_HOME.at(p, i), label, n, machines, homeOwners);
            checkPorts(out, p, i, label, n);
            String memberHost = Text.of(n.localMemberHost());
            if (!memberHost.isBlank()) {
                AddressSyntax.check(out, Field.NODE_LOCAL_MEMBER_HOST.at(p, i), "The clustering address of " + label,
                        memberHost, false);
            }
        }
    }

    private static void checkRoleCount(ClusterProject p, NodeRole role, boolean production, List<Problem> out) {
        List<String> names = p.nodesWithRole(role).map(n -> Text.of(n.name())).collect(Collectors.toList());
        if (names.isEmpty()) {
            out.add(Problem.error(Field.NODES, "The cluster has no " + role.id() + " node. Add at least one "
                    + role.id() + " node (two for failover)."));
        } else if (names.size() == 1 && production) {
            out.add(Problem.warning(Field.NODES, "There is only one " + role.id() + " node (" + names.get(0)
                    + "), so the " + role.id() + " stops when it does. Add a second " + role.id()
                    + " node for failover."));
        }
    }

    private static void checkName(List<Problem> out, FieldRef path, String name, Set<String> seen) {
        if (name.isBlank()) {
            out.add(Problem.error(path, "A node has no name. Give it a name such as store-3."));
        } else if (!NAME.matcher(name).matches()) {
            out.add(Problem.error(path, "The node name '" + name + "' cannot be an inventory host name: use only"
                    + " lower-case letters, digits and '-', starting with a letter or digit, e.g. store-3."));
        } else if (RESERVED_NAMES.contains(name)) {
            out.add(Problem.error(path, "The node name '" + name + "' is reserved for the " + name.replace('-', ' ')
                    + " machine in the inventory. Choose another name, e.g. store-3."));
        } else if (!seen.add(name)) {
            out.add(Problem.error(path, "Two nodes are called '" + name + "'. Node names must be unique; rename"
                    + " this one, e.g. " + name + "-2."));
        }
    }

    private static void checkHomeShared(List<Problem> out, FieldRef path, String label, EsNode n, Machines machines,
                                        Map<String, String> homeOwners) {
        Optional<String> machine = machines.key(n.address());
        String home = Text.of(n.esHome()).replaceAll("/+$", "");
        if (machine.isEmpty() || home.isBlank()) {
            return;
        }
        String owner = homeOwners.putIfAbsent(machine.get() + "\n" + home, label);
        if (owner != null) {
            out.add(Problem.error(path, label + " and " + owner + " are on the same machine ("
                    + Machines.describe(machine.get()) + ") and both use ES_HOME " + Text.of(n.esHome())
                    + ", so they would overwrite each other's configuration. Give " + label + " its own folder,"
                    + " e.g. " + home + "-" + label + "." + Machines.why(machine.get())));
        }
    }

    private static void checkPorts(List<Problem> out, ClusterProject p, int i, String label, EsNode n) {
        int offset = n.portOffset();
        if (offset < 0 || offset > MAX_PORT_OFFSET) {
            out.add(Problem.error(Field.NODE_PORT_OFFSET.at(p, i), "The port offset of " + label + " is " + offset
                    + ", but it must be between 0 and " + MAX_PORT_OFFSET + " so that HTTPS (" + EsNode.BASE_HTTPS_PORT
                    + " + offset) and HTTP (" + EsNode.BASE_HTTP_PORT + " + offset) stay valid ports. Use e.g. 0."));
        }
        if (Ports.check(out, Field.NODE_MEMBER_PORT.at(p, i), "The clustering member port of " + label, n.memberPort(),
                EsNode.DEFAULT_MEMBER_PORT) && n.memberPort() < 1024) {
            out.add(Problem.warning(Field.NODE_MEMBER_PORT.at(p, i), "The clustering member port of " + label + " is "
                    + n.memberPort() + ", below 1024: only root may listen there and the ES server does not run"
                    + " as root. Use e.g. " + EsNode.DEFAULT_MEMBER_PORT + "."));
        }
    }
}
