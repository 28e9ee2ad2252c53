package io.eswizard.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.eswizard.model.ClusterProject;
import io.eswizard.model.EsNode;
import io.eswizard.model.Secrets;
import io.eswizard.project.ProjectFiles;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Values written with quoting and !unsafe come back exactly, however hostile. */
class GeneratedValuesRoundTripTest {

    @Test
    @SuppressWarnings("unchecked")
    void hostileValuesComeBackExactly() throws Exception {
        ClusterProject p = ProjectFiles.load(Path.of("src/test/resources/golden/hostile-values/project.yaml"));
        GeneratedFiles files = InventoryGenerator.generate(p);
        Map<String, Object> cluster = UnsafeTagYaml.create().load(files.get("inventory/group_vars/all/cluster.yml"));
        assertEquals(p.name(), cluster.get("es_cluster_name"));
        assertEquals(p.database().appUser(), cluster.get("es_cluster_db_user"));
        assertEquals(p.database().registryDatabase(), cluster.get("es_cluster_db_registry_name"));
        assertEquals(p.database().socialDatabase(), cluster.get("es_cluster_db_social_name"));
        assertEquals(p.clustering().domain(), cluster.get("es_cluster_domain"));
        for (EsNode n : p.nodes()) {
            Map<String, Object> host = UnsafeTagYaml.create().load(files.get("inventory/host_vars/" + n.name() + ".yml"));
            assertEquals(n.esHome(), host.get("es_node_home"));
            assertEquals(n.portOffset(), host.get("es_node_port_offset"));
            assertEquals(n.effectiveMemberHost(), host.get("es_node_local_member_host"));
        }
        Map<String, Object> inventory = UnsafeTagYaml.create().load(files.get(InventoryGenerator.INVENTORY));
        Map<String, Object> db = (Map<String, Object>) ((Map<String, Object>) ((Map<String, Object>)
                ((Map<String, Object>) ((Map<String, Object>) inventory.get("all")).get("children"))
                        .get("es_database")).get("hosts")).get(InventoryGenerator.DATABASE_HOST);
        assertEquals(p.connection().pythonInterpreter(), db.get("ansible_python_interpreter"));
    }

    @Test
    void secretsFileKeepsPasswordsExactly() {
        ClusterProject p = ProjectDefaults2.passwordAdmin();
        String hostile = "p@ss: 'w\"o#rd' {{ x }} \u00e9\n!";
        Map<String, Object> v = UnsafeTagYaml.create().load(SecretsFile.content(p, new Secrets(hostile, "a: b")));
        assertEquals(hostile, v.get(SecretsFile.DB_PASSWORD_VAR));
        assertEquals("a: b", v.get(SecretsFile.DB_ADMIN_PASSWORD_VAR));
    }

    /** A reference project whose MySQL admin logs in with a password. */
    private static final class ProjectDefaults2 {
        static ClusterProject passwordAdmin() {
            ClusterProject p = io.eswizard.model.ProjectDefaults.reference("x", 2, 2);
            var d = p.database();
            return p.withDatabase(new io.eswizard.model.DatabaseSettings(d.host(), d.port(), d.installServer(),
                    io.eswizard.model.AdminAccess.PASSWORD, "admin", d.appUser(), d.allowAnyHost(),
                    d.registryDatabase(), d.userStoreDatabase(), d.socialDatabase(), d.driverSource(), d.driverJar(),
                    d.scriptsHome()));
        }
    }
}
