package io.eswizard.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Passwords the playbook needs. Never saved in a project file: the wizard asks for them each
 * session, the command line reads them from the environment or a secrets file.
 *
 * @param databasePassword      password of the application database user
 * @param databaseAdminPassword password of the MySQL admin user (only for AdminAccess.PASSWORD)
 * @param becomePassword        sudo password of the SSH user on the cluster machines; empty when
 *                              sudo asks for none
 * @param becomePasswords       sudo passwords of machines that differ, keyed by machine address
 *                              (sorted; empty ones are dropped)
 */
public record Secrets(String databasePassword, String databaseAdminPassword, String becomePassword,
                     Map<String, String> becomePasswords) {

    public static final Secrets NONE = new Secrets("", "");

    public Secrets {
        databasePassword = databasePassword == null ? "" : databasePassword;
        databaseAdminPassword = databaseAdminPassword == null ? "" : databaseAdminPassword;
        becomePassword = becomePassword == null ? "" : becomePassword;
        TreeMap<String, String> given = new TreeMap<>();
        if (becomePasswords != null) {
            becomePasswords.forEach((address, password) -> {
                if (password != null && !password.isEmpty()) {
                    given.put(address, password);
                }
            });
        }
        becomePasswords = Collections.unmodifiableSortedMap(given);
    }

    /** The database passwords only; sudo asks for no password. */
    public Secrets(String databasePassword, String databaseAdminPassword) {
        this(databasePassword, databaseAdminPassword, "", Map.of());
    }

    public boolean hasDatabasePassword() {
        return !databasePassword.isEmpty();
    }

    /** True when any machine's sudo password is known. */
    public boolean hasBecomePassword() {
        return !becomePassword.isEmpty() || !becomePasswords.isEmpty();
    }

    /** The sudo password for the machine at {@code address}: its own, or the project-wide one. */
    public String becomePasswordFor(String address) {
        return becomePasswords.getOrDefault(address, becomePassword);
    }

    public Secrets withDatabasePasswords(String database, String admin) {
        return new Secrets(database, admin, becomePassword, becomePasswords);
    }

    public Secrets withBecomePasswords(String projectWide, Map<String, String> perMachine) {
        return new Secrets(databasePassword, databaseAdminPassword, projectWide, perMachine);
    }

    /**
     * The database passwords set to {@code text}: the example secrets file of a bundle. The sudo
     * password is not among them: ansible-playbook asks for it (--ask-become-pass).
     */
    public static Secrets examplePlaceholders(String text) {
        return new Secrets(text, text);
    }

    /** Every non-empty password, for masking in whatever is logged or shown. */
    public List<String> values() {
        List<String> values = new ArrayList<>();
        for (String v : List.of(databasePassword, databaseAdminPassword, becomePassword)) {
            if (!v.isEmpty()) {
                values.add(v);
            }
        }
        values.addAll(becomePasswords.values());
        return values;
    }

    /** Keeps passwords out of logs and exception messages. */
    @Override
    public String toString() {
        return "Secrets[****]";
    }
}
