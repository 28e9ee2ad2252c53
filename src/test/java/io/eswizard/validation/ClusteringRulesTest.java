package io.eswizard.validation;

import static io.eswizard.validation.Findings.assertError;
import static io.eswizard.validation.Findings.assertNothingAt;
import static io.eswizard.validation.Findings.assertWarning;

import io.eswizard.model.ClusterProject;
import io.eswizard.model.ClusteringSettings;
import io.eswizard.model.MembershipScheme;
import io.eswizard.model.field.Field;
import io.eswizard.model.field.FieldValues;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClusteringRulesTest {

    private final ClusterProject clean = Projects.clean();

    private ClusterProject members(String... names) {
        return clean.withClustering(clean.clustering().withWellKnownMembers(List.of(names)));
    }

    private ClusterProject domain(String domain) {
        return FieldValues.write(Field.CLUSTERING_DOMAIN, clean, domain);
    }

    @Test
    void domainNonEmptyAndSane() {
        assertError(domain(""), "clustering.domain", "empty", ClusteringSettings.DEFAULT_DOMAIN);
        assertError(domain("es domain"), "clustering.domain", "'es domain'");
        assertError(domain("<es>"), "clustering.domain", "'<es>'");
        assertNothingAt(domain("es.prod_1-domain"), "clustering.domain");
    }

    @Test
    void multicastNeedsAMulticastNetwork() {
        ClusterProject multicast = FieldValues.write(Field.WELL_KNOWN_MEMBERS,
                FieldValues.write(Field.MEMBERSHIP_SCHEME, clean, MembershipScheme.MULTICAST), List.of());
        assertWarning(multicast, "clustering.membershipScheme", "multicast");
        assertNothingAt(multicast, "clustering.wellKnownMembers"); // not used by multicast
    }

    @Test
    void wellKnownMembersRequired() {
        assertError(members(), "clustering.wellKnownMembers", "No well-known members");
    }

    @Test
    void wellKnownMembersAreRealNodes() {
        assertError(members("publisher-1", "store-1", "store-9"), "clustering.wellKnownMembers", "'store-9'",
                "not a node");
    }

    @Test
    void wellKnownMembersNotDuplicated() {
        assertError(members("publisher-1", "store-1", "store-1"), "clustering.wellKnownMembers", "'store-1'",
                "twice");
    }

    @Test
    void wellKnownMembersIncludeBothRoles() {
        assertError(members("publisher-1", "publisher-2"), "clustering.wellKnownMembers", "no store node",
                "store-1");
        assertError(members("store-2"), "clustering.wellKnownMembers", "no publisher node", "publisher-1");
        assertNothingAt(members("publisher-2", "store-2", "store-1"), "clustering.wellKnownMembers");
    }
}
