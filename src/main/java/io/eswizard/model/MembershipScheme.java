package io.eswizard.model;

/** How Hazelcast members find each other (axis2.xml membershipScheme). */
public enum MembershipScheme {
    /** Well-known address: members listed by host and port. The reference choice. */
    WKA("wka"),
    /** IP multicast discovery; needs a network that forwards multicast. */
    MULTICAST("multicast");

    private final String id;

    MembershipScheme(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }
}
