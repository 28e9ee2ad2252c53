package io.eswizard.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.eswizard.model.ClusterProject;
import io.eswizard.model.DatabaseSettings;
import io.eswizard.model.EsNode;
import io.eswizard.model.ProjectDefaults;
import io.eswizard.model.field.Field;
import io.eswizard.model.field.FieldValues;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Where MariaDB listens and where the nodes reach it, as the generated vars files say. */
class DatabaseAddressesTest {

    /** Nodes on 10.0.0.11.., the database at {@code dbHost}. */
    private static ClusterProject project(String dbHost, String... nodeAddresses) {
        ClusterProject p = ProjectDefaults.reference("db", 2, 2);
        List<EsNode> nodes = new ArrayList<>();
        for (int i = 0; i < p.nodes().size(); i++) {
            nodes.add(p.nodes().get(i).withAddress(nodeAddresses.length > 0 ? nodeAddresses[i % nodeAddresses.length]
                    : "10.0.0." + (11 + i)));
        }
        return p.withNodes(nodes).withDatabase(p.database().withHost(dbHost));
    }

    private static Object variable(ClusterProject p, String file, String name) {
        Map<?, ?> vars = (Map<?, ?>) UnsafeTagYaml.create().load(InventoryGenerator.generate(p).files().get(file));
        return String.valueOf(vars.get(name));
    }

    private static Object bindAddress(ClusterProject p) {
        return variable(p, "inventory/group_vars/es_database.yml", "es_mysql_bind_address");
    }

    private static Object nodesConnectTo(ClusterProject p) {
        return variable(p, "inventory/group_vars/all/cluster.yml", "es_cluster_db_host");
    }

    @Test
    void aDatabaseOfItsOwnListensOnItsAddressOnly() {
        ClusterProject p = project("10.0.0.5");
        assertEquals("10.0.0.5", bindAddress(p));
        assertEquals("10.0.0.5", nodesConnectTo(p));
    }

    @Test
    void aDatabaseSharedWithSomeNodesListensOnItsAddressForTheOthers() {
        ClusterProject p = project("10.0.0.11", "10.0.0.11", "10.0.0.12");
        assertEquals("10.0.0.11", bindAddress(p));
        assertEquals("10.0.0.11", nodesConnectTo(p));
    }

    @Test
    void whenEveryNodeIsOnTheDatabaseMachineItListensOnLoopbackAndTheNodesConnectThere() {
        ClusterProject p = project("10.0.0.5", "10.0.0.5");
        assertEquals("127.0.0.1", bindAddress(p));
        assertEquals("127.0.0.1", nodesConnectTo(p));
    }

    @Test
    void theLocalSandboxListensOnLoopback() {
        ClusterProject p = ProjectDefaults.localSandbox("sandbox", 2, 2, Path.of("/tmp/sandbox"), false);
        assertEquals("127.0.0.1", bindAddress(p));
        assertEquals("127.0.0.1", nodesConnectTo(p));
    }

    @Test
    void onlyAllowAnyHostOpensEveryInterface() {
        ClusterProject p = FieldValues.write(Field.ALLOW_ANY_HOST, project("10.0.0.5", "10.0.0.5"), true);
        assertEquals("0.0.0.0", bindAddress(p));
        assertEquals("10.0.0.5", nodesConnectTo(p), "the nodes use the address given");
    }

    @Test
    void aServerTheRunDoesNotInstallIsReachedAtTheAddressGiven() {
        ClusterProject shared = project("10.0.0.5", "10.0.0.5");
        DatabaseSettings db = shared.database();
        ClusterProject p = shared.withDatabase(new DatabaseSettings(db.host(), db.port(), false, db.adminAccess(),
                db.adminUser(), db.appUser(), db.allowAnyHost(), db.registryDatabase(), db.userStoreDatabase(),
                db.socialDatabase(), db.driverSource(), db.driverJar(), db.scriptsHome()));
        assertEquals("10.0.0.5", nodesConnectTo(p), "its bind-address is not the run's to choose");
    }
}
