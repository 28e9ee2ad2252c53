package io.eswizard.cli;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The app as an admin starts it: a java process of its own, through the jar's entry point, with an
 * environment of the test's choosing (its runtime folder in XDG_RUNTIME_DIR) and its output in a file.
 */
final class AppProcess {

    private AppProcess() {
    }

    static Process start(Map<String, String> env, Path output, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Xshare:auto", "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
                "io.eswizard.Launcher"));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(output.toFile()).redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()));
        pb.environment().keySet().removeIf(name -> name.startsWith("ESW_") || name.startsWith("ANSIBLE_"));
        pb.environment().putAll(env);
        return pb.start();
    }

    /** Runs to the end (at most a minute) and returns the exit code. */
    static int run(Map<String, String> env, Path output, String... args) throws IOException, InterruptedException {
        Process p = start(env, output, args);
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly().waitFor();
            throw new AssertionError("the app did not end within a minute: " + Files.readString(output));
        }
        return p.exitValue();
    }

    /** A fake ansible-playbook of src/test/resources/fake-ansible, made executable. */
    static String fake(String name) {
        try {
            Path p = Path.of(AppProcess.class.getResource("/fake-ansible/" + name).toURI());
            Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rwxr-xr-x"));
            return p.toString();
        } catch (IOException | URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
