package io.eswizard.model;

/** How the playbook logs in to MySQL to create databases and users. */
public enum AdminAccess implements Described {
    /** root over the local unix socket on the database machine; needs no password. */
    SOCKET("Log in over the local socket, as root (no password)"),
    /** An admin user and password over TCP, for a server the admin already runs. */
    PASSWORD("Log in with an admin user and password");

    private final String label;

    AdminAccess(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
