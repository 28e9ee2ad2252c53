package io.eswizard.validation;

import io.eswizard.model.field.Field;
import io.eswizard.model.field.FieldRef;
import io.eswizard.model.ClusterProject;
import io.eswizard.model.EsNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Across pages: two services on one machine (see {@link Machines}) must not listen on the same
 * port. The later service in page order gets the finding, so the fix lands on one field.
 */
final class PortClashRules {

    /** One port a service listens on; {@code node} is set for ES node ports, whose fix we can suggest. */
    private record PortUse(String machine, int port, FieldRef field, String description, String kind, EsNode node,
                           boolean member) {
    }

    private PortClashRules() {
    }

    static void check(ClusterProject p, Machines machines, List<Problem> out) {
        List<PortUse> uses = uses(p, machines);
        Set<FieldRef> reported = new HashSet<>();
        // ports already offered as a fix, per machine: each clashing field gets a port of its own
        Set<String> offered = new HashSet<>();
        for (int j = 0; j < uses.size(); j++) {
            PortUse later = uses.get(j);
            for (int i = 0; i < j; i++) {
                PortUse earlier = uses.get(i);
                if (earlier.machine().equals(later.machine()) && earlier.port() == later.port()
                        && !earlier.field().equals(later.field())) {
                    PortUse[] pair = blame(earlier, later);
                    if (reported.add(pair[1].field())) {
                        out.add(Problem.error(pair[1].field(), message(pair[0], pair[1], uses, offered)));
                    }
                }
            }
        }
    }

    /**
     * Which of two clashing ports gets the finding: the later one, unless it keeps its standard port
     * (the load balancer's 80 or 443) and the earlier one does not, e.g. an HTTP port of 443.
     */
    private static PortUse[] blame(PortUse earlier, PortUse later) {
        if (standard(later) && !standard(earlier)) {
            return new PortUse[] {later, earlier};
        }
        return new PortUse[] {earlier, later};
    }

    private static boolean standard(PortUse use) {
        return use.field().equals(Field.LB_HTTP_PORT.ref()) && use.port() == 80
                || use.field().equals(Field.LB_HTTPS_PORT.ref()) && use.port() == 443;
    }

    private static List<PortUse> uses(ClusterProject p, Machines machines) {
        List<PortUse> uses = new ArrayList<>();
        add(uses, machines.key(p.database().host()), p.database().port(), Field.DATABASE_PORT.ref(), "MySQL", "port",
                null, false);
        if (p.sso().enabled()) {
            add(uses, machines.key(p.sso().isAddress()), p.sso().isHttpsPort(), Field.IS_HTTPS_PORT.ref(),
                    "the Identity Server's HTTPS port", "HTTPS port", null, false);
        }
        Optional<String> lb = machines.key(p.loadBalancer().address());
        add(uses, lb, p.loadBalancer().httpPort(), Field.LB_HTTP_PORT.ref(), "the load balancer's HTTP port",
                "HTTP port", null, false);
        add(uses, lb, p.loadBalancer().httpsPort(), Field.LB_HTTPS_PORT.ref(), "the load balancer's HTTPS port",
                "HTTPS port", null, false);
        for (int i = 0; i < p.nodes().size(); i++) {
            EsNode n = p.nodes().get(i);
            Optional<String> m = machines.key(n.address());
            if (n.portOffset() >= 0 && n.portOffset() <= NodeRules.MAX_PORT_OFFSET) {
                add(uses, m, n.httpsPort(), Field.NODE_PORT_OFFSET.at(p, i), n.name() + "'s HTTPS port ("
                        + EsNode.BASE_HTTPS_PORT + " + offset " + n.portOffset() + ")", "HTTPS port", n, false);
                add(uses, m, n.httpPort(), Field.NODE_PORT_OFFSET.at(p, i), n.name() + "'s HTTP port ("
                        + EsNode.BASE_HTTP_PORT + " + offset " + n.portOffset() + ")", "HTTP port", n, false);
            }
            add(uses, m, n.memberPort(), Field.NODE_MEMBER_PORT.at(p, i), n.name() + "'s clustering member port",
                    "member port", n, true);
        }
        return uses;
    }

    private static void add(List<PortUse> uses, Optional<String> machine, int port, FieldRef field,
                            String description, String kind, EsNode node, boolean member) {
        // Blank addresses and invalid ports are reported by the page rules; a clash would only add noise.
        if (machine.isPresent() && Ports.isValid(port)) {
            uses.add(new PortUse(machine.get(), port, field, description, kind, node, member));
        }
    }

    private static String message(PortUse earlier, PortUse later, List<PortUse> uses, Set<String> offered) {
        String where = Machines.describe(later.machine());
        String clash;
        if (earlier.node() != null && later.node() != null && !later.member()
                && earlier.node().portOffset() == later.node().portOffset()) {
            clash = "Two nodes on " + where + ", " + earlier.node().name() + " and " + later.node().name()
                    + ", use port offset " + later.node().portOffset() + ", so both would take " + later.kind()
                    + " " + later.port() + ".";
        } else {
            clash = "On " + where + ", " + later.description() + " would be " + later.port() + ", which "
                    + earlier.description() + " already uses.";
        }
        return clash + " " + fix(later, uses, offered) + Machines.why(later.machine());
    }

    private static String fix(PortUse later, List<PortUse> uses, Set<String> offered) {
        if (later.node() != null && later.member()) {
            return "Give " + later.node().name() + " a different member port, e.g. "
                    + freeMemberPort(later, uses, offered) + ".";
        }
        if (later.node() != null) {
            return "Give " + later.node().name() + " a different port offset, e.g. "
                    + freeOffset(later, uses, offered) + ".";
        }
        return "Choose another port for " + later.description().replaceFirst("'s .*", "")
                + ", or put it on another machine.";
    }

    /** The smallest offset whose HTTPS and HTTP ports are both free on the node's machine. */
    private static int freeOffset(PortUse use, List<PortUse> uses, Set<String> offered) {
        Set<Integer> taken = takenByOthers(use, uses);
        int offset = 0;
        while (taken.contains(EsNode.BASE_HTTPS_PORT + offset) || taken.contains(EsNode.BASE_HTTP_PORT + offset)
                || offered.contains(use.machine() + "\n" + (EsNode.BASE_HTTPS_PORT + offset))
                || offered.contains(use.machine() + "\n" + (EsNode.BASE_HTTP_PORT + offset))) {
            offset++;
        }
        offered.add(use.machine() + "\n" + (EsNode.BASE_HTTPS_PORT + offset));
        offered.add(use.machine() + "\n" + (EsNode.BASE_HTTP_PORT + offset));
        return offset;
    }

    private static int freeMemberPort(PortUse use, List<PortUse> uses, Set<String> offered) {
        Set<Integer> taken = takenByOthers(use, uses);
        int port = EsNode.DEFAULT_MEMBER_PORT;
        while (taken.contains(port) || offered.contains(use.machine() + "\n" + port)) {
            port++;
        }
        offered.add(use.machine() + "\n" + port);
        return port;
    }

    private static Set<Integer> takenByOthers(PortUse use, List<PortUse> uses) {
        Set<Integer> taken = new HashSet<>();
        for (PortUse u : uses) {
            if (u.machine().equals(use.machine()) && !u.field().equals(use.field())) {
                taken.add(u.port());
            }
        }
        return taken;
    }
}
