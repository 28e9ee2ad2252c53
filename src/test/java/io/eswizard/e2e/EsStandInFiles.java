package io.eswizard.e2e;

import com.hazelcast.core.Hazelcast;
import io.eswizard.standin.EsStandIn;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The ES stand-in's files, by path under ES_HOME: bin/wso2server.sh (a shell script running
 * $JAVA_HOME/bin/java), lib/standin/classes (io.eswizard.standin, built by the test build),
 * lib/standin/hazelcast-3.5.4.jar, and repository/conf/hazelcast.properties with sandbox timings.
 * No JDBC driver: the playbook puts it in repository/components/lib.
 */
public final class EsStandInFiles {

    /** The wrapper script; the e2e packs switch to it from the Python stand-in suite by suite. */
    static final String JAVA_WRAPPER = "/standin/wso2server-java.sh";

    /** A file's bytes and Unix mode. */
    public record Entry(byte[] bytes, int mode) {
    }

    /**
     * Carbon reads this file over its own Hazelcast properties. Shorter waits and fewer threads than
     * Carbon's defaults, so that a sandbox settles in seconds and six nodes fit one small machine.
     */
    static final String HAZELCAST_PROPERTIES = """
            # Sandbox timings and sizes (stand-in pack only; Carbon reads this file over its defaults).
            hazelcast.wait.seconds.before.join=1
            hazelcast.merge.first.run.delay.seconds=10
            hazelcast.merge.next.run.delay.seconds=10
            hazelcast.max.no.heartbeat.seconds=30
            hazelcast.operation.thread.count=2
            hazelcast.operation.generic.thread.count=1
            hazelcast.io.thread.count=1
            hazelcast.event.thread.count=1
            hazelcast.client.event.thread.count=1
            hazelcast.phone.home.enabled=false
            """;

    private EsStandInFiles() {
    }

    public static Map<String, Entry> entries() throws IOException {
        Map<String, Entry> out = new LinkedHashMap<>();
        try (InputStream script = EsStandInFiles.class.getResourceAsStream(JAVA_WRAPPER)) {
            out.put("bin/wso2server.sh", new Entry(script.readAllBytes(), 0755));
        }
        Path classes = location(EsStandIn.class);
        Path pkg = classes.resolve("io/eswizard/standin");
        try (Stream<Path> files = Files.list(pkg)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".class")).sorted().toList()) {
                out.put("lib/standin/classes/" + classes.relativize(f).toString().replace('\\', '/'),
                        new Entry(Files.readAllBytes(f), 0644));
            }
        }
        out.put("lib/standin/hazelcast-3.5.4.jar", new Entry(Files.readAllBytes(location(Hazelcast.class)), 0644));
        out.put("repository/conf/hazelcast.properties",
                new Entry(HAZELCAST_PROPERTIES.getBytes(StandardCharsets.UTF_8), 0644));
        return out;
    }

    /** Writes the stand-in into an ES home. */
    public static void install(Path home) throws IOException {
        for (Map.Entry<String, Entry> e : entries().entrySet()) {
            Path target = home.resolve(e.getKey());
            Files.createDirectories(target.getParent());
            Files.write(target, e.getValue().bytes());
            Files.setPosixFilePermissions(target, PosixFilePermissions.fromString(
                    e.getValue().mode() == 0755 ? "rwxr-xr-x" : "rw-r--r--"));
        }
    }

    private static Path location(Class<?> c) throws IOException {
        try {
            return Path.of(c.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IOException(e);
        }
    }
}
