package io.eswizard.model;

/** Which MySQL JDBC driver jar the nodes get. */
public enum DriverSource {
    /** The mysql-connector-java 5.1 jar shipped inside the app. */
    BUNDLED,
    /** A jar file the admin picks. */
    FILE
}
