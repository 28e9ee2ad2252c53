package io.eswizard.validation;

import io.eswizard.model.field.Field;
import io.eswizard.model.field.FieldRef;
import io.eswizard.model.ClusterProject;
import io.eswizard.model.LoadBalancerSettings;
import io.eswizard.model.TlsMode;
import java.util.List;

/** The Load balancer page: NGINX's address, ports, certificate and stickiness. */
final class LoadBalancerRules {

    private LoadBalancerRules() {
    }

    /** @param production false for a sandbox: sharing a machine with a node is what a sandbox does */
    static void check(ClusterProject p, Machines machines, boolean production, List<Problem> out) {
        LoadBalancerSettings lb = p.loadBalancer();
        String address = Text.of(lb.address());
        AddressSyntax.check(out, Field.LB_ADDRESS.ref(), "The load balancer address", address, true);
        Ports.check(out, Field.LB_HTTP_PORT.ref(), "The load balancer HTTP port", lb.httpPort(), 80);
        Ports.check(out, Field.LB_HTTPS_PORT.ref(), "The load balancer HTTPS port", lb.httpsPort(), 443);
        if (lb.tlsMode() == TlsMode.PROVIDED) {
            file(out, Field.CERT_FILE.ref(), "certificate", Text.of(lb.certFile()));
            file(out, Field.KEY_FILE.ref(), "private key", Text.of(lb.keyFile()));
        }
        if (!lb.sessionAffinity()) {
            out.add(Problem.warning(Field.SESSION_AFFINITY, "Session affinity is off: a browser may reach a"
                    + " different node on each request, and the ES apps keep logins in per-node sessions, so"
                    + " users get logged out. Turn session affinity on."));
        }
        adminNetworks(lb, out);
        p.nodes().stream().filter(n -> production && machines.same(address, n.address())).findFirst().ifPresent(n ->
                out.add(Problem.warning(Field.LB_ADDRESS, "The load balancer runs on the same machine as "
                        + n.name() + " (" + Text.of(n.address()) + "). If that machine fails, the whole cluster"
                        + " is unreachable even though other nodes still run. Put the load balancer on a machine"
                        + " of its own for production.")));
    }

    private static void adminNetworks(LoadBalancerSettings lb, List<Problem> out) {
        for (String network : lb.adminNetworks()) {
            String value = Text.of(network);
            NetworkSyntax.whyInvalid(value).ifPresent(why -> out.add(Problem.error(Field.ADMIN_NETWORKS,
                    "The admin network '" + value + "' " + why + ".")));
            if (NetworkSyntax.isEverywhere(value)) {
                out.add(Problem.warning(Field.ADMIN_NETWORKS, value + " holds every address: the management"
                        + " console and the admin services would answer anyone on the internet through the load"
                        + " balancer. List only the networks the admins work from."));
            }
        }
    }

    private static void file(List<Problem> out, FieldRef path, String what, String value) {
        if (value.isBlank()) {
            out.add(Problem.error(path, "No TLS " + what + " file is chosen although you chose to provide your own"
                    + " certificate. Pick the PEM file, or let the wizard generate a self-signed certificate."));
        } else {
            LocalFiles.checkReadable(out, path, "The TLS " + what + " file", value);
        }
    }
}
