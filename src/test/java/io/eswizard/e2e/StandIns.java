package io.eswizard.e2e;

import io.eswizard.model.ClusterProject;
import io.eswizard.model.EsNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** The stand-in server scripts of src/test/resources/standin, put in place and driven as an admin would. */
final class StandIns {

    static final String ES = "/standin/wso2server.sh";
    static final String IDENTITY_SERVER = "/standin/wso2is-server.sh";

    private StandIns() {
    }

    /** Copies a stand-in to HOME/bin/wso2server.sh, executable. */
    static Path install(String resource, Path home) throws IOException {
        Path script = Files.createDirectories(home.resolve("bin")).resolve("wso2server.sh");
        try (InputStream in = StandIns.class.getResourceAsStream(resource)) {
            Files.copy(in, script, StandardCopyOption.REPLACE_EXISTING);
        }
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
        return script;
    }

    /** The Identity Server stand-in, listening where the project says the Identity Server is. */
    static void installIdentityServer(Path isHome, String address, int port) throws IOException {
        install(IDENTITY_SERVER, isHome);
        Files.writeString(isHome.resolve("bin/standin.conf"), "address=" + address + "\nport=" + port + "\n");
    }

    /**
     * Runs HOME/bin/wso2server.sh with a command (start, stop, restart) as an admin does, with this
     * JVM's Java as JAVA_HOME, and fails when it does.
     */
    static void command(Path home, String command) throws IOException, InterruptedException {
        Path script = home.resolve("bin/wso2server.sh");
        ProcessBuilder pb = new ProcessBuilder(script.toString(), command).redirectErrorStream(true);
        pb.environment().put("JAVA_HOME", System.getProperty("java.home"));
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes());
        if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IllegalStateException(script + " " + command + " failed: " + out);
        }
    }

    static void command(EsNode node, String command) throws IOException, InterruptedException {
        command(Path.of(node.esHome()), command);
    }

    /** Stops every node's and the Identity Server's stand-in that exists; the first failure is rethrown last. */
    static void stopAll(ClusterProject project) throws Exception {
        List<Path> homes = new ArrayList<>();
        project.nodes().forEach(n -> homes.add(Path.of(n.esHome())));
        homes.add(Path.of(project.sso().isHome()));
        Exception first = null;
        for (Path home : homes) {
            if (Files.exists(home.resolve("bin/wso2server.sh"))) {
                try {
                    command(home, "stop");
                } catch (Exception e) {
                    first = first == null ? e : first;
                }
            }
        }
        if (first != null) {
            throw first;
        }
    }
}
