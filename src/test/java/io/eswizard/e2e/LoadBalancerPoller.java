package io.eswizard.e2e;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.net.ssl.SNIHostName;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;

/**
 * A browser that keeps asking the load balancer for the publisher's and the store's login pages
 * (by public host name: TLS SNI and Host header), one new connection per request, as long as it
 * runs. A request fails when it gets no HTTP answer or a 5xx one (NGINX's 502 and 504 when no
 * node of the role answers).
 */
final class LoadBalancerPoller implements AutoCloseable {

    /** One failed request: when, which page, and what happened. */
    record Failure(Instant when, String page, String what) {
    }

    /** What the poller saw while it ran. */
    record Seen(int requests, List<Failure> failures) {
    }

    private static final long PAUSE_MILLIS = 50;

    private final String address;
    private final int port;
    /** Public host name -> path of its role's login page. */
    private final Map<String, String> pages;
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final List<Failure> failures = new ArrayList<>();
    private final Thread thread;
    private final SSLContext tls;
    private int requests;

    LoadBalancerPoller(String address, int port, Map<String, String> pages) throws GeneralSecurityException {
        this.address = address;
        this.port = port;
        this.pages = Map.copyOf(pages);
        this.tls = SSLContext.getInstance("TLS");
        tls.init(null, new TrustManager[] {new TrustAll()}, null);
        this.thread = new Thread(this::poll, "lb-poller");
        thread.setDaemon(true);
        thread.start();
    }

    private void poll() {
        while (running.get()) {
            for (Map.Entry<String, String> page : pages.entrySet()) {
                String what = get(page.getKey(), page.getValue());
                synchronized (this) {
                    requests++;
                    if (what != null) {
                        failures.add(new Failure(Instant.now(), page.getKey() + page.getValue(), what));
                    }
                }
            }
            try {
                Thread.sleep(PAUSE_MILLIS);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    /** Null when the page answered with a status below 500, else what went wrong. */
    private String get(String hostName, String path) {
        try (SSLSocket s = (SSLSocket) tls.getSocketFactory().createSocket()) {
            s.connect(new InetSocketAddress(address, port), 5_000);
            s.setSoTimeout(15_000);
            SSLParameters params = s.getSSLParameters();
            params.setServerNames(List.of(new SNIHostName(hostName)));
            s.setSSLParameters(params);
            s.startHandshake();
            OutputStream out = s.getOutputStream();
            out.write(("GET " + path + " HTTP/1.1\r\nHost: " + hostName + ":" + port + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            String status = new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.ISO_8859_1))
                    .readLine();
            if (status == null || !status.startsWith("HTTP/1.")) {
                return "no HTTP answer: " + status;
            }
            int code = Integer.parseInt(status.split(" ")[1]);
            return code < 500 ? null : status;
        } catch (IOException | RuntimeException e) {
            return e.toString();
        }
    }

    /** Stops polling and says what it saw. */
    Seen stop() throws InterruptedException {
        running.set(false);
        thread.join(30_000);
        synchronized (this) {
            return new Seen(requests, List.copyOf(failures));
        }
    }

    @Override
    public void close() throws InterruptedException {
        stop();
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
