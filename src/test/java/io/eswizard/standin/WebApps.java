package io.eswizard.standin;

import com.hazelcast.com.eclipsesource.json.JsonObject;
import com.hazelcast.com.eclipsesource.json.JsonValue;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Executors;
import javax.net.ssl.SSLContext;

/**
 * ES's publisher and store as carbon-store 2.4.6 routes them: the store browses anonymously and
 * only /store/login starts a login; the publisher's index sends the browser to /publisher/login,
 * which starts it. With SSO on, a login is the SAML redirect to the Identity Server.
 */
final class WebApps {

    private final Path home;
    private final String address;
    private final int port;
    private final String httpsHost;
    private final Map<String, SsoLogin> apps;

    WebApps(Path home, String address, int port, String httpsHost, Map<String, SsoLogin> apps) {
        this.home = home;
        this.address = address;
        this.port = port;
        this.httpsHost = httpsHost;
        this.apps = apps;
    }

    HttpsServer start(SSLContext tls) throws IOException {
        HttpsServer server = HttpsServer.create(new InetSocketAddress(address, port), 64);
        server.setHttpsConfigurator(new HttpsConfigurator(tls));
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.createContext("/", this::handle);
        server.start();
        return server;
    }

    private void handle(HttpExchange x) throws IOException {
        try (x) {
            String path = x.getRequestURI().getPath();
            String hostHeader = String.valueOf(x.getRequestHeaders().getFirst("Host"));
            for (String app : apps.keySet()) {
                if (path.equals("/" + app)) {
                    // Tomcat adds the slash, with the host the browser used.
                    redirect(x, "https://" + hostHeader + "/" + app + "/");
                    return;
                }
                if (path.equals("/" + app + "/") || isLogin(app, path)) {
                    app(x, app, path, hostHeader);
                    return;
                }
            }
            json(x);
        }
    }

    private static boolean isLogin(String app, String path) {
        return path.equals("/" + app + "/login") || path.equals("/" + app + "/login.jag")
                || path.equals("/" + app + "/controllers/login.jag");
    }

    private void app(HttpExchange x, String app, String path, String hostHeader) throws IOException {
        SsoLogin login = apps.get(app);
        if (login == null) {
            send(x, 404, "text/plain", "no such app\n");
        } else if (isLogin(app, path)) {
            if (login.sso()) {
                redirect(x, login.redirect(httpsHost));
            } else {
                send(x, 200, "text/html", "<html><body><form>Sign in</form></body></html>\n");
            }
        } else if ("publisher".equals(app)) {
            redirect(x, "https://" + hostHeader + "/publisher/login");
        } else {
            send(x, 200, "text/html", "<html><head><title>Store</title></head><body data-app=\"" + app
                    + "\">Store (anonymous)</body></html>\n");
        }
    }

    private void json(HttpExchange x) throws IOException {
        String forwarded = x.getRequestHeaders().getFirst("X-Forwarded-For");
        String host = x.getRequestHeaders().getFirst("Host");
        JsonObject body = new JsonObject().add("standin", "wso2es-2.1.0").add("home", home.toString())
                .add("address", address).add("port", port).add("path", x.getRequestURI().getRawPath()
                        + (x.getRequestURI().getRawQuery() == null ? "" : "?" + x.getRequestURI().getRawQuery()))
                .add("host", host == null ? JsonValue.NULL : JsonValue.valueOf(host))
                .add("x_forwarded_for", forwarded == null ? JsonValue.NULL : JsonValue.valueOf(forwarded));
        send(x, 200, "application/json", body.toString());
    }

    private static void redirect(HttpExchange x, String location) throws IOException {
        x.getResponseHeaders().set("Location", location);
        x.sendResponseHeaders(302, -1);
    }

    private static void send(HttpExchange x, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        x.getResponseHeaders().set("Content-Type", type);
        boolean head = "HEAD".equals(x.getRequestMethod());
        x.sendResponseHeaders(status, head ? -1 : bytes.length);
        if (!head) {
            try (OutputStream out = x.getResponseBody()) {
                out.write(bytes);
            }
        }
    }
}
