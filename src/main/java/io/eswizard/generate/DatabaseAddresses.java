package io.eswizard.generate;

import io.eswizard.model.ClusterProject;
import io.eswizard.model.DatabaseSettings;
import io.eswizard.validation.Machines;

/**
 * Where MariaDB listens and where the nodes reach it. The server listens on one address only: the
 * loopback address when every node runs on the database machine, else the database address the
 * nodes use; on every interface only when the application user may connect from any host.
 */
final class DatabaseAddresses {

    static final String LOOPBACK = "127.0.0.1";
    static final String EVERY_INTERFACE = "0.0.0.0";

    private DatabaseAddresses() {
    }

    /** MariaDB's bind-address. */
    static String bindAddress(ClusterProject p) {
        if (p.database().allowAnyHost()) {
            return EVERY_INTERFACE;
        }
        return nodesShareTheMachine(p) ? LOOPBACK : p.database().host();
    }

    /**
     * The address the nodes connect to: the loopback address when the run installs the server and binds
     * it there, else the database address as given.
     */
    static String forNodes(ClusterProject p) {
        DatabaseSettings db = p.database();
        return db.installServer() && LOOPBACK.equals(bindAddress(p)) ? LOOPBACK : db.host();
    }

    private static boolean nodesShareTheMachine(ClusterProject p) {
        Machines machines = new Machines(p.connection());
        return !p.nodes().isEmpty()
                && p.nodes().stream().allMatch(n -> machines.same(n.address(), p.database().host()));
    }
}
