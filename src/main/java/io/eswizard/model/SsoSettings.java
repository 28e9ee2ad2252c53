package io.eswizard.model;

/**
 * SAML single sign-on through WSO2 Identity Server.
 * The URL fields are overrides: empty means "derive from the host names" (see {@link DerivedUrls}).
 *
 * @param enabled         configure SSO at all
 * @param isAddress       address of the Identity Server
 * @param isHttpsPort     its HTTPS port
 * @param isHome          IS_HOME on that machine
 * @param layout          IS version layout (where sso-idp-config.xml lives)
 * @param publisherIssuer SAML issuer of the publisher app
 * @param storeIssuer     SAML issuer of the store app
 * @param socialIssuer    SAML issuer of the social app
 * @param publisherAcsUrl override of the publisher's assertion consumer URL
 * @param storeAcsUrl     override of the store's assertion consumer URL
 * @param socialAcsUrl    override of the social app's assertion consumer URL
 * @param idpUrl          override of the Identity Server's SAML endpoint
 */
public record SsoSettings(
        boolean enabled,
        String isAddress,
        int isHttpsPort,
        String isHome,
        IsLayout layout,
        String publisherIssuer,
        String storeIssuer,
        String socialIssuer,
        String publisherAcsUrl,
        String storeAcsUrl,
        String socialAcsUrl,
        String idpUrl) {

    public static final String DEFAULT_IS_HOME = "/opt/wso2is-5.1.0";

    public static SsoSettings defaults() {
        return new SsoSettings(true, "", 9443, DEFAULT_IS_HOME, IsLayout.IS_5_1_0,
                "publisher", "store", "social", "", "", "", "");
    }

    /** The Identity Server at {@code address} with its IS_HOME {@code home}. */
    public SsoSettings withIdentityServer(String address, String home) {
        return new SsoSettings(enabled, address, isHttpsPort, home, layout, publisherIssuer, storeIssuer,
                socialIssuer, publisherAcsUrl, storeAcsUrl, socialAcsUrl, idpUrl);
    }

    /** The same settings with every URL override empty: the URLs {@link DerivedUrls} would make. */
    public SsoSettings withoutUrlOverrides() {
        return new SsoSettings(enabled, isAddress, isHttpsPort, isHome, layout, publisherIssuer, storeIssuer,
                socialIssuer, "", "", "", "");
    }
}
