package io.eswizard.standin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.net.ssl.HttpsURLConnection;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two stand-in nodes started by their bin/wso2server.sh on loopback: real Hazelcast members that
 * join by their WKA lists, a third of another domain that Hazelcast keeps out, and the web routes.
 */
class EsStandInTest {

    private static final Pattern MEMBER = Pattern.compile("^\\s*Member \\[([^\\]]+)]:(\\d+)");

    @TempDir
    Path dir;

    @Test
    void membersJoinByWkaAndAnotherDomainStaysOut() throws Exception {
        List<String> wka = List.of("127.0.0.61:4461", "127.0.0.62:4461");
        StandInHome a = StandInHome.create(dir.resolve("a"), "esw.test.domain", "127.0.0.61", 4461, 6101, wka);
        StandInHome b = StandInHome.create(dir.resolve("b"), "esw.test.domain", "127.0.0.62", 4461, 6102, wka);
        StandInHome c = StandInHome.create(dir.resolve("c"), "esw.other.domain", "127.0.0.63", 4461, 6103, wka);
        List<StandInHome> started = new ArrayList<>();
        try {
            for (StandInHome h : List.of(a, b, c)) {
                StandInHome.Result r = h.run("start");
                assertEquals(0, r.status(), r.output());
                started.add(h);
            }
            Set<String> both = new TreeSet<>(wka);
            awaitMembers(a, both);
            awaitMembers(b, both);
            Thread.sleep(2000);
            assertEquals(Set.of("127.0.0.63:4461"), latestMembers(c.log()), "another domain stays alone");
            assertEquals(both, latestMembers(a.log()));

            String base = "https://127.0.0.61:" + (9443 + 6101);
            assertEquals(200, get(base + "/store/").status(), "the store browses anonymously");
            Answer publisher = get(base + "/publisher/");
            assertEquals(302, publisher.status());
            assertTrue(publisher.location().endsWith("/publisher/login"), publisher.location());
            Answer login = get(base + "/store/login");
            assertEquals(302, login.status(), "the stock store.json signs in with SSO");
            assertTrue(login.location().contains("?SAMLRequest="), login.location());
            assertTrue(get(base + "/store/esw-probe").body().contains("\"standin\""));

            assertEquals(0, b.run("stop").status());
            started.remove(b);
            awaitMembers(a, Set.of("127.0.0.61:4461"));
            assertTrue(Files.readString(b.log()).contains("Halting JVM"));
        } finally {
            for (StandInHome h : started) {
                h.run("stop");
            }
        }
    }

    @Test
    void refusesToRunWithoutJavaHome() throws Exception {
        StandInHome h = StandInHome.create(dir.resolve("n"), "d", "127.0.0.64", 4461, 6104, List.of());
        ProcessBuilder pb = new ProcessBuilder(h.home.resolve("bin/wso2server.sh").toString(), "start")
                .redirectErrorStream(true);
        pb.environment().remove("JAVA_HOME");
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes());
        assertEquals(1, p.waitFor());
        assertTrue(out.contains("You must set the JAVA_HOME variable"), out);
        assertTrue(Files.notExists(h.home.resolve("wso2carbon.pid")));
    }

    /** (status, Location, body) of a GET that follows no redirect; the certificate is self-signed. */
    static Answer get(String url) throws Exception {
        HttpsURLConnection c = (HttpsURLConnection) URI.create(url).toURL().openConnection();
        c.setSSLSocketFactory(trustAll().getSocketFactory());
        c.setHostnameVerifier((h, s) -> true);
        c.setInstanceFollowRedirects(false);
        try {
            int status = c.getResponseCode();
            byte[] body = status < 400 ? c.getInputStream().readAllBytes() : new byte[0];
            return new Answer(status, String.valueOf(c.getHeaderField("Location")), new String(body));
        } finally {
            c.disconnect();
        }
    }

    record Answer(int status, String location, String body) {
    }

    private static void awaitMembers(StandInHome h, Set<String> wanted) throws Exception {
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (!latestMembers(h.log()).equals(wanted)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError(h.home + " sees " + latestMembers(h.log()) + ", not " + wanted
                        + "\n" + Files.readString(h.log()));
            }
            Thread.sleep(200);
        }
    }

    /** The addresses of the latest "Members [n] {" block of a Carbon log. */
    static Set<String> latestMembers(Path log) throws Exception {
        Set<String> latest = Set.of();
        Set<String> block = null;
        for (String line : Files.exists(log) ? Files.readAllLines(log) : List.<String>of()) {
            if (line.matches("^\\s*Members \\[\\d+] \\{.*")) {
                block = new TreeSet<>();
            } else if (block != null) {
                Matcher m = MEMBER.matcher(line);
                if (m.find()) {
                    block.add(m.group(1) + ":" + m.group(2));
                } else if (line.trim().startsWith("}")) {
                    latest = block;
                    block = null;
                }
            }
        }
        return latest;
    }

    static SSLContext trustAll() throws Exception {
        SSLContext tls = SSLContext.getInstance("TLS");
        tls.init(null, new TrustManager[] {new X509TrustManager() {
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
        }}, new SecureRandom());
        return tls;
    }
}
