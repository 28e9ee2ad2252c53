package io.eswizard.validation;

import static io.eswizard.validation.Findings.assertError;
import static io.eswizard.validation.Findings.assertNothingAt;
import static io.eswizard.validation.Findings.assertWarning;
import static io.eswizard.validation.Projects.with;

import io.eswizard.model.ClusterProject;
import io.eswizard.model.TlsMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LoadBalancerRulesTest {

    private final ClusterProject clean = Projects.clean();

    private ClusterProject lb(String component, Object value) {
        return clean.withLoadBalancer(with(clean.loadBalancer(), component, value));
    }

    private static ClusterProject lb(ClusterProject p, String component, Object value) {
        return p.withLoadBalancer(with(p.loadBalancer(), component, value));
    }

    @Test
    void addressRequiredAndBare() {
        assertError(lb("address", ""), "loadBalancer.address", "load balancer address is missing");
        assertError(lb("address", "lb.shop.io/"), "loadBalancer.address", "'lb.shop.io/'");
    }

    @Test
    void portsInRange() {
        assertError(lb("httpPort", -80), "loadBalancer.httpPort", "-80");
        assertError(lb("httpsPort", 65536), "loadBalancer.httpsPort", "65536");
        assertNothingAt(lb("httpsPort", 8443), "loadBalancer.httpsPort");
    }

    @Test
    void providedCertificateFilesMustExist(@TempDir Path dir) throws Exception {
        ClusterProject provided = lb("tlsMode", TlsMode.PROVIDED);
        assertError(provided, "loadBalancer.certFile", "No TLS certificate");
        assertError(provided, "loadBalancer.keyFile", "No TLS private key");
        String missing = dir.resolve("cert.pem").toString();
        assertError(lb(provided, "certFile", missing), "loadBalancer.certFile", missing, "does not exist");
        Path cert = Files.writeString(dir.resolve("shop.pem"), "cert");
        Path key = Files.writeString(dir.resolve("shop.key"), "key");
        ClusterProject ok = lb(lb(provided, "certFile", cert.toString()), "keyFile", key.toString());
        assertNothingAt(ok, "loadBalancer.certFile");
        assertNothingAt(ok, "loadBalancer.keyFile");
        assertNothingAt(lb("certFile", "/ignored/when/generated.pem"), "loadBalancer.certFile");
    }

    @Test
    void sessionAffinityOffIsRisky() {
        assertWarning(lb("sessionAffinity", false), "loadBalancer.sessionAffinity", "logged out");
    }

    @Test
    void adminNetworksAreNetworksInCidrNotation() {
        assertError(lb("adminNetworks", List.of("10.0.0.0/8", "10.0.0.5/24")), "loadBalancer.adminNetworks",
                "The admin network '10.0.0.5/24' sets bits after the first 24; the network is 10.0.0.0/24.");
        assertError(lb("adminNetworks", List.of("office")), "loadBalancer.adminNetworks", "'office'",
                "IPv4 or IPv6 address");
        assertNothingAt(lb("adminNetworks", List.of("10.0.0.0/8", "2001:db8::/32")), "loadBalancer.adminNetworks");
        assertNothingAt(clean, "loadBalancer.adminNetworks");
    }

    @Test
    void anAdminNetworkOfEveryAddressIsRisky() {
        assertWarning(lb("adminNetworks", List.of("0.0.0.0/0")), "loadBalancer.adminNetworks", "0.0.0.0/0",
                "every address");
    }

    @Test
    void sharingAMachineWithANodeIsRisky() {
        assertWarning(lb("address", "10.0.0.13"), "loadBalancer.address", "store-1", "10.0.0.13");
        assertNothingAt(lb("address", "10.0.0.40"), "loadBalancer.address");
    }
}
