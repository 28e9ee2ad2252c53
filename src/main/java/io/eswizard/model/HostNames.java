package io.eswizard.model;

/**
 * Public host names users type in their browser; they resolve to the load balancer.
 *
 * @param publisher host name of the publisher
 * @param store     host name of the store
 */
public record HostNames(String publisher, String store) {

    /** A domain nobody owns: the admin is expected to replace it. */
    public static final String PLACEHOLDER_DOMAIN = "es.example.com";

    public static HostNames defaults() {
        return new HostNames("publisher." + PLACEHOLDER_DOMAIN, "store." + PLACEHOLDER_DOMAIN);
    }

    public String forRole(NodeRole role) {
        return role == NodeRole.PUBLISHER ? publisher : store;
    }
}
