package io.eswizard.model;

/** How the playbook logs in to MySQL to create databases and users. */
public enum AdminAccess {
    /** root over the local unix socket on the database machine; needs no password. */
    SOCKET,
    /** An admin user and password over TCP, for a server the admin already runs. */
    PASSWORD
}
