package io.eswizard.standin;

import com.hazelcast.com.eclipsesource.json.JsonObject;
import com.hazelcast.com.eclipsesource.json.JsonValue;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;
import java.util.zip.Deflater;

/**
 * The login settings of a Jaggery app (publisher.json / store.json "authentication") and the SAML
 * redirect (HTTP-Redirect binding: raw deflate, base64, URL-encoded AuthnRequest) it sends.
 */
record SsoLogin(boolean sso, String issuer, String idpUrl, String acs, boolean passive, String nameIdPolicy) {

    /** The app's settings; null when the app is not deployed. */
    static SsoLogin read(Path home, String app) throws StartFailure {
        Path file = home.resolve("repository/deployment/server/jaggeryapps/" + app + "/config/" + app + ".json");
        if (!Files.exists(file)) {
            return null;
        }
        try {
            JsonObject auth = object(JsonObject.readFrom(Files.readString(file)), "authentication");
            JsonObject attributes = object(object(object(auth, "methods"), "sso"), "attributes");
            return new SsoLogin("sso".equals(string(auth, "activeMethod")), string(attributes, "issuer"),
                    string(attributes, "identityProviderURL"), string(attributes, "acs"),
                    "true".equals(string(attributes, "isPassive")),
                    string(attributes, "defaultNameIDPolicy").isEmpty()
                            ? "urn:oasis:names:tc:SAML:1.1:nameid-format:unspecified"
                            : string(attributes, "defaultNameIDPolicy"));
        } catch (IOException | RuntimeException e) {
            throw new StartFailure("cannot read " + file + ": " + e.getMessage());
        }
    }

    /** The Identity Server URL with the SAMLRequest; %https.host% is the node's own https://host:port. */
    String redirect(String httpsHost) {
        String idp = idpUrl.replace("%https.host%", httpsHost);
        String xml = "<samlp:AuthnRequest xmlns:samlp=\"urn:oasis:names:tc:SAML:2.0:protocol\""
                + " AssertionConsumerServiceURL=\"" + attr(acs.replace("%https.host%", httpsHost)) + "\""
                + " Destination=\"" + attr(idp) + "\" ForceAuthn=\"false\" ID=\"_" + UUID.randomUUID().toString()
                .replace("-", "") + "\" IsPassive=\"" + passive + "\" IssueInstant=\"" + Instant.now()
                + "\" ProtocolBinding=\"urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST\" Version=\"2.0\">"
                + "<saml:Issuer xmlns:saml=\"urn:oasis:names:tc:SAML:2.0:assertion\">" + attr(issuer) + "</saml:Issuer>"
                + "<samlp:NameIDPolicy AllowCreate=\"true\" Format=\"" + attr(nameIdPolicy) + "\"/></samlp:AuthnRequest>";
        Deflater deflater = new Deflater(9, true);
        deflater.setInput(xml.getBytes(StandardCharsets.UTF_8));
        deflater.finish();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buf = new byte[4096];
        while (!deflater.finished()) {
            out.write(buf, 0, deflater.deflate(buf));
        }
        deflater.end();
        String encoded = Base64.getEncoder().encodeToString(out.toByteArray());
        return idp + (idp.contains("?") ? "&" : "?") + "SAMLRequest=" + URLEncoder.encode(encoded, StandardCharsets.UTF_8);
    }

    private static JsonObject object(JsonObject parent, String name) {
        JsonValue v = parent == null ? null : parent.get(name);
        return v != null && v.isObject() ? v.asObject() : null;
    }

    private static String string(JsonObject parent, String name) {
        JsonValue v = parent == null ? null : parent.get(name);
        if (v == null || v.isNull()) {
            return "";
        }
        return v.isString() ? v.asString() : v.toString();
    }

    private static String attr(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace("\"", "&quot;");
    }
}
