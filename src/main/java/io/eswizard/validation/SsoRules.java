package io.eswizard.validation;

import io.eswizard.model.field.Field;
import io.eswizard.model.field.FieldRef;
import io.eswizard.model.ClusterProject;
import io.eswizard.model.DerivedUrls;
import io.eswizard.model.SsoSettings;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The SSO page: the Identity Server and the SAML settings of the three apps. URL fields are
 * overrides; when empty, {@link DerivedUrls} builds them from the other pages, correct by construction.
 */
final class SsoRules {

    /** An issuer: a plain name or an entity ID in URI form, e.g. store or https://store.example.com/sso. */
    private static final Pattern ISSUER = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:/-]{0,127}");
    private static final String ISSUER_CHARACTERS = "letters (A-Z, a-z), digits and '.', '_', '-', ':', '/'";
    private static final int MAX_ISSUER = 128;
    /** What an override URL may hold: no quotes, spaces, brackets of templates or shell characters. */
    private static final Pattern URL = Pattern.compile("[A-Za-z0-9._~:/?#\\[\\]@&=%+-]+");
    private static final String URL_CHARACTERS = "letters (A-Z, a-z), digits and . _ ~ : / ? # [ ] @ & = % + -";

    private SsoRules() {
    }

    static void check(ClusterProject p, List<Problem> out) {
        SsoSettings s = p.sso();
        if (!s.enabled()) {
            out.add(Problem.warning(Field.SSO_ENABLED, "Single sign-on is off: the publisher and the store use their"
                    + " built-in logins and users sign in to each separately. Turn SSO on to log in once through"
                    + " the Identity Server."));
            return;
        }
        AddressSyntax.check(out, Field.IS_ADDRESS.ref(), "The Identity Server address", Text.of(s.isAddress()), true);
        Ports.check(out, Field.IS_HTTPS_PORT.ref(), "The Identity Server HTTPS port", s.isHttpsPort(), 9443);
        RemotePaths.checkFolder(out, Field.IS_HOME.ref(), "IS_HOME", Text.of(s.isHome()),
                SsoSettings.DEFAULT_IS_HOME);
        checkIssuers(s, out);
        String publisherHost = Text.of(p.hostNames().publisher());
        String storeHost = Text.of(p.hostNames().store());
        int lbPort = p.loadBalancer().httpsPort();
        checkUrl(out, Field.PUBLISHER_ACS_URL.ref(), "The publisher ACS URL", Text.of(s.publisherAcsUrl()),
                publisherHost, "the publisher host name", lbPort,
                DerivedUrls.publisherAcs(p.withSso(s.withoutUrlOverrides())));
        checkUrl(out, Field.STORE_ACS_URL.ref(), "The store ACS URL", Text.of(s.storeAcsUrl()), storeHost,
                "the store host name", lbPort, DerivedUrls.storeAcs(p.withSso(s.withoutUrlOverrides())));
        checkUrl(out, Field.SOCIAL_ACS_URL.ref(), "The social ACS URL", Text.of(s.socialAcsUrl()), storeHost,
                "the store host name", lbPort, DerivedUrls.socialAcs(p.withSso(s.withoutUrlOverrides())));
        checkUrl(out, Field.IDP_URL.ref(), "The Identity Server URL", Text.of(s.idpUrl()), Text.of(s.isAddress()),
                "the Identity Server address", s.isHttpsPort(), DerivedUrls.idp(p.withSso(s.withoutUrlOverrides())));
    }

    /** An app's issuer: the field, the app's name in messages, the value. */
    private record Issuer(Field field, String app, String value) {
    }

    private static void checkIssuers(SsoSettings s, List<Problem> out) {
        Map<String, String> seen = new HashMap<>();
        List<Issuer> issuers = List.of(
                new Issuer(Field.PUBLISHER_ISSUER, "publisher", Text.of(s.publisherIssuer())),
                new Issuer(Field.STORE_ISSUER, "store", Text.of(s.storeIssuer())),
                new Issuer(Field.SOCIAL_ISSUER, "social", Text.of(s.socialIssuer())));
        for (Issuer issuer : issuers) {
            Field path = issuer.field();
            String app = issuer.app();
            String value = issuer.value();
            if (value.isBlank()) {
                out.add(Problem.error(path, "The " + app + " issuer is empty. The Identity Server knows each app by"
                        + " its issuer; enter one, e.g. " + app + "."));
            } else if (!ISSUER.matcher(value).matches()) {
                out.add(Problem.error(path, "The " + app + " issuer '" + value + "' may only use " + ISSUER_CHARACTERS
                        + ", starting with a letter or digit, and at most " + MAX_ISSUER + " characters: the"
                        + " Identity Server's configuration finds the app by it. Use e.g. " + app + "."));
            } else {
                String other = seen.putIfAbsent(value, app);
                if (other != null) {
                    out.add(Problem.error(path, "The " + app + " and " + other + " apps both use the issuer '"
                            + value + "', so the Identity Server would send both to one app. Give the " + app
                            + " app its own issuer, e.g. " + app + "."));
                }
            }
        }
    }

    /** Checks an override: https, pointing at {@code expectedHost}; a port mismatch is only suspicious. */
    private static void checkUrl(List<Problem> out, FieldRef path, String what, String url, String expectedHost,
                                 String hostMeaning, int expectedPort, String derived) {
        if (url.isBlank()) {
            return;
        }
        String fix = " Clear the field to use " + derived + ", or correct it.";
        if (!URL.matcher(url).matches()) {
            out.add(Problem.error(path, what + " '" + url + "' may only use " + URL_CHARACTERS + ": the"
                    + " Identity Server's configuration and the nodes' settings take it as it is." + fix));
            return;
        }
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            out.add(Problem.error(path, what + " '" + url + "' is not a valid URL." + fix));
            return;
        }
        if (!"https".equalsIgnoreCase(uri.getScheme())) {
            out.add(Problem.error(path, what + " '" + url + "' does not start with https://; SAML messages"
                    + " carry login data and must be encrypted." + fix));
            return;
        }
        String host = Text.of(uri.getHost()).replace("[", "").replace("]", "");
        if (!host.equalsIgnoreCase(expectedHost.replace("[", "").replace("]", ""))) {
            out.add(Problem.error(path, what + " '" + url + "' points at '" + host + "', but it must use "
                    + hostMeaning + " '" + expectedHost + "'." + fix));
            return;
        }
        int port = uri.getPort() == -1 ? 443 : uri.getPort();
        if (port != expectedPort) {
            out.add(Problem.warning(path, what + " '" + url + "' uses port " + port + ", but " + hostMeaning
                    + " serves HTTPS on port " + expectedPort + "." + fix));
        }
    }
}
