package io.eswizard.model;

/** Which MySQL JDBC driver jar the nodes get. */
public enum DriverSource implements Described {
    /** The mysql-connector-java 5.1 jar shipped inside the app. */
    BUNDLED("The driver that comes with the wizard"),
    /** A jar file the admin picks. */
    FILE("A jar file I choose");

    private final String label;

    DriverSource(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
