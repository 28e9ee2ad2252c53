package io.eswizard.model.field;

import io.eswizard.model.ClusterProject;
import io.eswizard.model.DerivedUrls;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/** The settings whose empty value stands for one derived from the rest of the project (the SSO URLs). */
public final class DerivedValues {

    private static final Map<Field, Function<ClusterProject, String>> DERIVED = Map.of(
            Field.PUBLISHER_ACS_URL, DerivedUrls::publisherAcs,
            Field.STORE_ACS_URL, DerivedUrls::storeAcs,
            Field.SOCIAL_ACS_URL, DerivedUrls::socialAcs,
            Field.IDP_URL, DerivedUrls::idp);

    private DerivedValues() {
    }

    public static boolean isDerived(Field field) {
        return DERIVED.containsKey(field);
    }

    /** What an empty {@code field} stands for in this project; empty for a field that derives nothing. */
    public static Optional<String> of(Field field, ClusterProject p) {
        Function<ClusterProject, String> derivation = DERIVED.get(field);
        if (derivation == null) {
            return Optional.empty();
        }
        return Optional.of(derivation.apply(p.withSso(p.sso().withoutUrlOverrides())));
    }
}
