package io.eswizard.model;

/**
 * URLs that follow from the host names and the Identity Server address unless overridden.
 * The one place these derivations live; the generator, validator and wizard all call it.
 */
public final class DerivedUrls {

    private DerivedUrls() {
    }

    public static String publisherAcs(ClusterProject p) {
        return orDerived(p.sso().publisherAcsUrl(), publicBase(p, p.hostNames().publisher()) + "/publisher/acs");
    }

    public static String storeAcs(ClusterProject p) {
        return orDerived(p.sso().storeAcsUrl(), publicBase(p, p.hostNames().store()) + "/store/acs");
    }

    public static String socialAcs(ClusterProject p) {
        return orDerived(p.sso().socialAcsUrl(), publicBase(p, p.hostNames().store()) + "/social/acs");
    }

    public static String idp(ClusterProject p) {
        return orDerived(p.sso().idpUrl(),
                "https://" + hostForUrl(p.sso().isAddress()) + portSuffix(p.sso().isHttpsPort()) + "/samlsso");
    }

    /** https://host[:port] as a browser reaches it through the load balancer. */
    public static String publicBase(ClusterProject p, String hostName) {
        return "https://" + hostName + portSuffix(p.loadBalancer().httpsPort());
    }

    private static String portSuffix(int port) {
        return port == 443 ? "" : ":" + port;
    }

    /** IPv6 literals need brackets in URLs. */
    public static String hostForUrl(String address) {
        return address.contains(":") && !address.startsWith("[") ? "[" + address + "]" : address;
    }

    private static String orDerived(String override, String derived) {
        return override == null || override.isBlank() ? derived : override;
    }
}
