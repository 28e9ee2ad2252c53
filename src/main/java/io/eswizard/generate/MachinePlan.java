package io.eswizard.generate;

import io.eswizard.model.ClusterProject;
import io.eswizard.model.EsNode;
import io.eswizard.model.NodeRole;
import io.eswizard.model.TlsMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a run of the playbook does on each machine, in plain words: what it installs, which files it
 * edits, what it restarts. A summary for people (Review), read from the same settings the generator
 * writes; the dry run shows the exact changes.
 */
public final class MachinePlan {

    /** One machine: its address, what it is for, and what a run does there. */
    public record Machine(String address, List<String> roles, List<String> actions) {
    }

    private MachinePlan() {
    }

    /** The machines in the order the project names them (database, nodes, Identity Server, load balancer). */
    public static List<Machine> of(ClusterProject p) {
        Map<String, Machine> machines = new LinkedHashMap<>();
        var db = p.database();
        add(machines, db.host(), "database", db.installServer() ? "installs MariaDB" : "uses the MySQL already there");
        add(machines, db.host(), "database", "creates the databases " + db.registryDatabase() + ", "
                + db.userStoreDatabase() + " and " + db.socialDatabase() + " and the user " + db.appUser()
                + ", allowed from each node's address");
        for (EsNode n : p.nodes()) {
            String role = n.name() + " (" + (n.role() == null ? "node" : n.role().id()) + ")";
            if (!p.packs().esZip().isBlank()) {
                add(machines, n.address(), role, "unpacks Enterprise Store into " + n.esHome());
            }
            String app = n.role() == NodeRole.STORE ? "store.json" : "publisher.json";
            add(machines, n.address(), role, "edits " + n.name() + "'s carbon.xml, axis2.xml, master-datasources.xml, "
                    + "social-datasources.xml, user-mgt.xml, registry.xml and " + app);
            add(machines, n.address(), role, "copies the MySQL driver into " + n.name() + "'s ES_HOME");
            add(machines, n.address(), role, p.packs().startServers()
                    ? "installs " + n.name() + "'s service and restarts it when its settings changed, one node at a time"
                    : "does not start " + n.name());
        }
        if (p.sso().enabled()) {
            var sso = p.sso();
            if (!p.packs().isZip().isBlank()) {
                add(machines, sso.isAddress(), "Identity Server", "unpacks Identity Server into " + sso.isHome());
            }
            add(machines, sso.isAddress(), "Identity Server", "edits " + sso.layout().ssoConfigPath()
                    + " (the publisher, store and social apps)");
            add(machines, sso.isAddress(), "Identity Server", p.packs().startServers()
                    ? "restarts the Identity Server when its settings changed" : "does not start the Identity Server");
        }
        var lb = p.loadBalancer();
        if (lb.installNginx()) {
            add(machines, lb.address(), "load balancer", "installs NGINX");
        }
        add(machines, lb.address(), "load balancer", "writes the NGINX sites for " + p.hostNames().publisher()
                + " and " + p.hostNames().store() + ", then reloads NGINX");
        add(machines, lb.address(), "load balancer", lb.tlsMode() == TlsMode.GENERATE
                ? "makes a self-signed certificate" : "copies your certificate and key");
        if (lb.writeHostMappings()) {
            machines.values().forEach(m -> m.actions().add("maps the public host names to the load balancer in "
                    + "/etc/hosts"));
        }
        return List.copyOf(machines.values());
    }

    /** A part without an address yet is a machine of its own until it gets one. */
    private static void add(Map<String, Machine> machines, String address, String role, String action) {
        boolean none = address == null || address.isBlank();
        Machine m = machines.computeIfAbsent(none ? "\0" + role : address,
                a -> new Machine(none ? "(no address yet)" : address, new ArrayList<>(), new ArrayList<>()));
        if (!m.roles().contains(role)) {
            m.roles().add(role);
        }
        if (!m.actions().contains(action)) {
            m.actions().add(action);
        }
    }
}
