package io.eswizard.e2e;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.cert.X509Certificate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javax.net.ssl.SNIHostName;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;

/** Requests to the load balancer as a browser or a scanner sends them, with the answer parsed. */
final class PublicRequests {

    /** An HTTP answer: status, headers (names in lower case) and body. */
    record Answer(int status, Map<String, String> headers, String body) {
        String header(String name) {
            return headers.getOrDefault(name.toLowerCase(Locale.ROOT), "");
        }

        /** A stand-in node wrote it (its answers name the stand-in); NGINX's own do not. */
        boolean fromANode() {
            return body.contains("\"standin\"");
        }
    }

    private final String address;

    PublicRequests(String address) {
        this.address = address;
    }

    /**
     * GET over HTTPS with the given SNI and Host header; empty when the connection closes without an
     * answer.
     */
    Optional<Answer> https(int port, String sni, String host, String path) throws IOException {
        try (SSLSocket s = tlsSocket(port, sni, null, null)) {
            s.startHandshake();
            return get(s, host, path);
        }
    }

    /** GET over plain HTTP with the given Host header; empty when the connection closes without an answer. */
    Optional<Answer> http(int port, String host, String path) throws IOException {
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress(address, port), 5_000);
            s.setSoTimeout(10_000);
            return get(s, host, path);
        }
    }

    /** Whether a TLS handshake with this SNI, protocol and cipher suite (null: the JDK's) completes. */
    boolean handshakes(int port, String sni, String protocol, String cipherSuite) throws IOException {
        try (SSLSocket s = tlsSocket(port, sni, protocol, cipherSuite)) {
            s.startHandshake();
            return true;
        } catch (javax.net.ssl.SSLException | java.io.EOFException | java.net.SocketException e) {
            return false;
        }
    }

    private SSLSocket tlsSocket(int port, String sni, String protocol, String cipherSuite) throws IOException {
        SSLContext ctx;
        try {
            ctx = SSLContext.getInstance("TLS");
            ctx.init(null, new TrustManager[] {new TrustAll()}, null);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
        SSLSocket s = (SSLSocket) ctx.getSocketFactory().createSocket();
        s.connect(new InetSocketAddress(address, port), 5_000);
        s.setSoTimeout(10_000);
        SSLParameters params = s.getSSLParameters();
        params.setServerNames(List.of(new SNIHostName(sni)));
        if (protocol != null) {
            params.setProtocols(new String[] {protocol});
        }
        if (cipherSuite != null) {
            params.setCipherSuites(new String[] {cipherSuite});
        }
        s.setSSLParameters(params);
        return s;
    }

    private static Optional<Answer> get(Socket s, String host, String path) throws IOException {
        OutputStream out = s.getOutputStream();
        out.write(("GET " + path + " HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII));
        out.flush();
        ByteArrayOutputStream raw = new ByteArrayOutputStream();
        try (InputStream in = s.getInputStream()) {
            in.transferTo(raw);
        } catch (java.net.SocketException e) {
            // a reset after NGINX closed without answering
        }
        String text = raw.toString(StandardCharsets.ISO_8859_1);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        int end = text.indexOf("\r\n\r\n");
        if (!text.startsWith("HTTP/1.") || end < 0) {
            throw new IllegalStateException("not an HTTP answer: " + text);
        }
        String[] lines = text.substring(0, end).split("\r\n");
        Map<String, String> headers = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            headers.put(lines[i].substring(0, colon).strip().toLowerCase(Locale.ROOT), lines[i].substring(colon + 1)
                    .strip());
        }
        String body = text.substring(end + 4);
        if (headers.getOrDefault("transfer-encoding", "").equalsIgnoreCase("chunked")) {
            body = dechunk(body);
        }
        return Optional.of(new Answer(Integer.parseInt(lines[0].split(" ")[1]), headers,
                new String(body.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8)));
    }

    private static String dechunk(String chunked) {
        StringBuilder body = new StringBuilder();
        int i = 0;
        while (i < chunked.length()) {
            int lineEnd = chunked.indexOf("\r\n", i);
            int size = Integer.parseInt(chunked.substring(i, lineEnd).split(";")[0].strip(), 16);
            if (size == 0) {
                break;
            }
            body.append(chunked, lineEnd + 2, lineEnd + 2 + size);
            i = lineEnd + 2 + size + 2;
        }
        return body.toString();
    }

    private static final class TrustAll implements X509TrustManager {
        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType) {
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType) {
        }

        @Override
        public X509Certificate[] getAcceptedIssuers() {
            return new X509Certificate[0];
        }
    }
}
