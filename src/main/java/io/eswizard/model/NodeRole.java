package io.eswizard.model;

/** What an Enterprise Store node serves; decides its public host name and its config files. */
public enum NodeRole implements Described {
    PUBLISHER("publisher"),
    STORE("store");

    @Override
    public String label() {
        return this == PUBLISHER ? "Publisher" : "Store";
    }

    private final String id;

    NodeRole(String id) {
        this.id = id;
    }

    /** The lower-case name used in project files, inventories and the playbook. */
    public String id() {
        return id;
    }
}
