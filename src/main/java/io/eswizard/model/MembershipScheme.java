package io.eswizard.model;

/** How Hazelcast members find each other (axis2.xml membershipScheme). */
public enum MembershipScheme implements Described {
    /** Well-known address: members listed by host and port. The reference choice. */
    WKA("wka", "Well-known members"),
    /** IP multicast discovery; needs a network that forwards multicast. */
    MULTICAST("multicast", "Multicast (same network only)");

    private final String id;
    private final String label;

    MembershipScheme(String id, String label) {
        this.id = id;
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    public String id() {
        return id;
    }
}
