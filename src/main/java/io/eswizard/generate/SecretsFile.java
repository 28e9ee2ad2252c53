package io.eswizard.generate;

import static io.eswizard.generate.AnsibleYaml.unsafe;

import io.eswizard.model.AdminAccess;
import io.eswizard.model.ClusterProject;
import io.eswizard.model.Secrets;
import java.util.Map;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * The variables file carrying the passwords: in plain text only in a 0600 temporary file for a
 * run, or in a bundle with each password sealed (an ansible-vault value of its own, so that AWX
 * can import the inventory it belongs to and decrypt it when a job runs).
 */
public final class SecretsFile {

    public static final String DB_PASSWORD_VAR = "es_cluster_db_password";
    public static final String DB_ADMIN_PASSWORD_VAR = "es_mysql_admin_password";
    public static final String BECOME_PASSWORD_VAR = "es_cluster_become_password";
    public static final String BECOME_PASSWORDS_VAR = "es_cluster_become_passwords";
    /**
     * Ansible's own sudo password variable, picked per host from the two above: the machine's own
     * password (keyed by its address, the inventory's ansible_host) or the project-wide one.
     */
    static final String ANSIBLE_BECOME_PASSWORD = "ansible_become_password";
    static final String BECOME_PASSWORD_CHOICE = "{{ " + BECOME_PASSWORDS_VAR + "[ansible_host | default(inventory_hostname)] | default("
            + BECOME_PASSWORD_VAR + ") }}";

    private SecretsFile() {
    }

    public static String content(ClusterProject p, Secrets s) {
        return write(p, s, AnsibleYaml::unsafe);
    }

    /** The same variables, each password replaced by {@code seal(password)}: an ansible-vault envelope. */
    public static String sealed(ClusterProject p, Secrets s, UnaryOperator<String> seal) {
        return write(p, s, password -> AnsibleYaml.vaulted(seal.apply(password)));
    }

    private static String write(ClusterProject p, Secrets s, Function<String, Object> secret) {
        Map<String, Object> v = AnsibleYaml.map();
        v.put(DB_PASSWORD_VAR, secret.apply(s.databasePassword()));
        if (p.database().adminAccess() == AdminAccess.PASSWORD) {
            v.put(DB_ADMIN_PASSWORD_VAR, secret.apply(s.databaseAdminPassword()));
        }
        if (s.hasBecomePassword()) {
            v.put(BECOME_PASSWORD_VAR, secret.apply(s.becomePassword()));
            Map<String, Object> perMachine = AnsibleYaml.map();
            s.becomePasswords().forEach((address, password) -> perMachine.put(address, secret.apply(password)));
            v.put(BECOME_PASSWORDS_VAR, perMachine);
            v.put(ANSIBLE_BECOME_PASSWORD, BECOME_PASSWORD_CHOICE);
        }
        return AnsibleYaml.write("Secrets of ES Cluster Wizard project '" + InventoryGenerator.oneLine(p.name())
                + "'. Keep private.", v);
    }
}
