package io.eswizard.model;

/**
 * Passwords the playbook needs. Never saved in a project file: the wizard asks for them each
 * session, the command line reads them from the environment or a secrets file.
 *
 * @param databasePassword      password of the application database user
 * @param databaseAdminPassword password of the MySQL admin user (only for AdminAccess.PASSWORD)
 */
public record Secrets(String databasePassword, String databaseAdminPassword) {

    public static final Secrets NONE = new Secrets("", "");

    public boolean hasDatabasePassword() {
        return databasePassword != null && !databasePassword.isEmpty();
    }

    /** Keeps passwords out of logs and exception messages. */
    @Override
    public String toString() {
        return "Secrets[****]";
    }
}
