package io.eswizard.validation;

import static io.eswizard.validation.Findings.assertClean;
import static io.eswizard.validation.Findings.assertError;
import static io.eswizard.validation.Findings.assertNothingAt;
import static io.eswizard.validation.Findings.assertWarning;
import static io.eswizard.validation.Projects.with;

import io.eswizard.model.ClusterProject;
import org.junit.jupiter.api.Test;

class SsoRulesTest {

    private final ClusterProject clean = Projects.clean();

    private ClusterProject sso(String component, Object value) {
        return clean.withSso(with(clean.sso(), component, value));
    }

    @Test
    void disabledSsoIsAWarningAndSkipsIdentityServerFields() {
        ClusterProject off = sso("enabled", false);
        assertWarning(off, "sso.enabled", "built-in logins");
        ClusterProject offWithoutIs = off.withSso(with(off.sso(), "isAddress", ""));
        assertNothingAt(offWithoutIs, "sso.isAddress");
    }

    @Test
    void identityServerAddressRequiredWhenEnabled() {
        assertError(sso("isAddress", ""), "sso.isAddress", "Identity Server address is missing");
        assertError(sso("isAddress", "https://is.shop.io"), "sso.isAddress", "'https://is.shop.io'", "URL");
    }

    @Test
    void identityServerPortAndHome() {
        assertError(sso("isHttpsPort", 99999), "sso.isHttpsPort", "99999");
        assertError(sso("isHome", "wso2is-5.1.0"), "sso.isHome", "'wso2is-5.1.0'", "absolute");
        assertNothingAt(sso("isHome", "/srv/wso2is-5.1.0"), "sso.isHome");
    }

    @Test
    void issuersNonEmptyAndUnique() {
        assertError(sso("storeIssuer", ""), "sso.storeIssuer", "store issuer is empty");
        assertError(sso("socialIssuer", "store"), "sso.socialIssuer", "'store'", "social and store");
        assertError(sso("publisherIssuer", "my publisher"), "sso.publisherIssuer", "'my publisher'", "may only use");
        assertNothingAt(sso("socialIssuer", "es-social"), "sso.socialIssuer");
    }

    @Test
    void acsOverridesMustBeHttpsOnTheMatchingHostName() {
        assertClean(sso("publisherAcsUrl", "https://publisher.es.mycompany.com/publisher/acs"));
        assertClean(sso("socialAcsUrl", "https://store.es.mycompany.com/social/acs"));
        assertError(sso("publisherAcsUrl", "http://publisher.es.mycompany.com/publisher/acs"),
                "sso.publisherAcsUrl", "'http://publisher.es.mycompany.com/publisher/acs'", "https://");
        assertError(sso("publisherAcsUrl", "https://store.es.mycompany.com/publisher/acs"), "sso.publisherAcsUrl",
                "points at 'store.es.mycompany.com'", "'publisher.es.mycompany.com'");
        assertError(sso("storeAcsUrl", "https://10.0.0.13:9443/store/acs"), "sso.storeAcsUrl", "'10.0.0.13'",
                "store host name");
        assertError(sso("socialAcsUrl", "https://publisher.es.mycompany.com/social/acs"), "sso.socialAcsUrl",
                "store host name 'store.es.mycompany.com'");
        assertError(sso("storeAcsUrl", "https://store .es/acs"), "sso.storeAcsUrl", "may only use",
                "https://store.es.mycompany.com/store/acs");
        assertError(sso("storeAcsUrl", "https://store.es.mycompany.com/store/acs%zz"), "sso.storeAcsUrl", "not a valid URL");
    }

    @Test
    void acsOverrideOnAnotherPortThanTheLoadBalancerIsSuspicious() {
        assertWarning(sso("storeAcsUrl", "https://store.es.mycompany.com:9443/store/acs"), "sso.storeAcsUrl",
                "port 9443", "port 443");
    }

    @Test
    void idpOverrideMustPointAtTheIdentityServer() {
        assertClean(sso("idpUrl", "https://10.0.0.20:9443/samlsso"));
        assertError(sso("idpUrl", "https://is.shop.io:9443/samlsso"), "sso.idpUrl", "'is.shop.io'",
                "Identity Server address '10.0.0.20'");
        assertWarning(sso("idpUrl", "https://10.0.0.20/samlsso"), "sso.idpUrl", "port 443", "port 9443");
        ClusterProject v6 = sso("isAddress", "fd00::20");
        assertClean(v6.withSso(with(v6.sso(), "idpUrl", "https://[fd00::20]:9443/samlsso")));
    }
}
