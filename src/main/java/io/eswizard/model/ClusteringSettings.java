package io.eswizard.model;

import java.util.List;

/**
 * Hazelcast clustering shared by every node (axis2.xml).
 *
 * @param domain            clustering domain; the same on every node
 * @param membershipScheme  wka or multicast
 * @param wellKnownMembers  names of the nodes listed as well-known members
 */
public record ClusteringSettings(String domain, MembershipScheme membershipScheme, List<String> wellKnownMembers) {

    public static final String DEFAULT_DOMAIN = "es.wso2.domain";

    public ClusteringSettings {
        wellKnownMembers = List.copyOf(wellKnownMembers);
    }

    /** The reference choices: the default domain and well-known members. */
    public static ClusteringSettings defaults(List<String> wellKnownMembers) {
        return new ClusteringSettings(DEFAULT_DOMAIN, MembershipScheme.WKA, wellKnownMembers);
    }

    public ClusteringSettings withWellKnownMembers(List<String> members) {
        return new ClusteringSettings(domain, membershipScheme, members);
    }
}
