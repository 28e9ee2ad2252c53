package io.eswizard.generate;

import static io.eswizard.generate.AnsibleYaml.unsafe;

import io.eswizard.model.AdminAccess;
import io.eswizard.model.ClusterProject;
import io.eswizard.model.Secrets;
import java.util.Map;

/** The variables file carrying the passwords; written only to a 0600 temp file or inside a vault. */
public final class SecretsFile {

    public static final String DB_PASSWORD_VAR = "es_cluster_db_password";
    public static final String DB_ADMIN_PASSWORD_VAR = "es_mysql_admin_password";

    private SecretsFile() {
    }

    public static String content(ClusterProject p, Secrets s) {
        Map<String, Object> v = AnsibleYaml.map();
        v.put(DB_PASSWORD_VAR, unsafe(s.databasePassword()));
        if (p.database().adminAccess() == AdminAccess.PASSWORD) {
            v.put(DB_ADMIN_PASSWORD_VAR, unsafe(s.databaseAdminPassword()));
        }
        return AnsibleYaml.write("Secrets of ES Cluster Wizard project '" + InventoryGenerator.oneLine(p.name())
                + "'. Keep private.", v);
    }
}
