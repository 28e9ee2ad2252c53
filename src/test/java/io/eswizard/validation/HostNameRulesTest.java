package io.eswizard.validation;

import static io.eswizard.validation.Findings.assertError;
import static io.eswizard.validation.Findings.assertNothingAt;
import static io.eswizard.validation.Findings.assertWarning;

import io.eswizard.model.ClusterProject;
import io.eswizard.model.HostNames;
import io.eswizard.model.field.Field;
import io.eswizard.model.field.FieldValues;
import org.junit.jupiter.api.Test;

class HostNameRulesTest {

    private static ClusterProject names(String publisher, String store) {
        return FieldValues.write(Field.STORE_HOST_NAME,
                FieldValues.write(Field.PUBLISHER_HOST_NAME, Projects.clean(), publisher), store);
    }

    @Test
    void requiredAndValidDnsNames() {
        assertError(names("", "store.shop.io"), "hostNames.publisher", "empty");
        assertError(names("pub_lisher.shop.io", "store.shop.io"), "hostNames.publisher", "'pub_lisher.shop.io'",
                "'_'");
        assertError(names("publisher.shop.io", "store." + "x".repeat(64) + ".io"), "hostNames.store",
                "longer than 63");
        assertNothingAt(names("publisher.shop.io", "store.shop.io"), "hostNames.publisher");
    }

    @Test
    void addressesAndPortsAreNotHostNames() {
        assertError(names("10.0.0.30", "store.shop.io"), "hostNames.publisher", "'10.0.0.30'", "name only");
        assertError(names("publisher.shop.io", "store.shop.io:8443"), "hostNames.store", "'store.shop.io:8443'");
    }

    @Test
    void namesMustDiffer() {
        assertError(names("es.shop.io", "ES.shop.io"), "hostNames.store", "'ES.shop.io'", "tell them apart");
        assertNothingAt(names("publisher.shop.io", "store.shop.io"), "hostNames.store");
    }

    @Test
    void placeholderDomainIsAWarning() {
        ClusterProject placeholder = Projects.clean().withHostNames(HostNames.defaults());
        assertWarning(placeholder, "hostNames.publisher", "'publisher.es.example.com'", "placeholder");
        assertWarning(placeholder, "hostNames.store", "'store.es.example.com'", HostNames.PLACEHOLDER_DOMAIN);
        assertNothingAt(names("publisher.es.example.com.au", "store.shop.io"), "hostNames.publisher");
    }
}
