package io.eswizard.model;

import java.util.List;

/**
 * NGINX in front of the nodes.
 *
 * @param address           address of the load balancer; the public host names map to it
 * @param installNginx      install NGINX or use the one already there
 * @param httpPort          HTTP port (redirects to HTTPS)
 * @param httpsPort         HTTPS port
 * @param tlsMode           generate a self-signed certificate or use given files
 * @param certFile          certificate file (PEM) when PROVIDED
 * @param keyFile           private key file (PEM) when PROVIDED
 * @param sessionAffinity   keep each browser on one node (needed by the ES apps' sessions)
 * @param writeHostMappings map the public host names to the load balancer on every cluster machine
 * @param adminNetworks     networks (CIDR) from which /carbon and /services pass through; empty: from none
 */
public record LoadBalancerSettings(
        String address,
        boolean installNginx,
        int httpPort,
        int httpsPort,
        TlsMode tlsMode,
        String certFile,
        String keyFile,
        boolean sessionAffinity,
        boolean writeHostMappings,
        List<String> adminNetworks) {

    public LoadBalancerSettings {
        adminNetworks = adminNetworks == null ? List.of() : List.copyOf(adminNetworks);
    }

    public static LoadBalancerSettings defaults() {
        return new LoadBalancerSettings("", true, 80, 443, TlsMode.GENERATE, "", "", true, true, List.of());
    }

    public LoadBalancerSettings withAddress(String newAddress) {
        return new LoadBalancerSettings(newAddress, installNginx, httpPort, httpsPort, tlsMode, certFile, keyFile,
                sessionAffinity, writeHostMappings, adminNetworks);
    }

    public LoadBalancerSettings withPorts(int http, int https) {
        return new LoadBalancerSettings(address, installNginx, http, https, tlsMode, certFile, keyFile,
                sessionAffinity, writeHostMappings, adminNetworks);
    }

    public LoadBalancerSettings withAdminNetworks(List<String> networks) {
        return new LoadBalancerSettings(address, installNginx, httpPort, httpsPort, tlsMode, certFile, keyFile,
                sessionAffinity, writeHostMappings, networks);
    }
}
