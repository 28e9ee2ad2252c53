package io.eswizard.e2e;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The multi-host lab of {@code src/test/lab/lab.sh}, driven from a test: brought up with a given
 * sudo password, asked for its hosts' addresses, entered to look at a host from the inside, and
 * taken down again (also by a shutdown hook, should the test JVM end early).
 */
final class Lab implements AutoCloseable {

    static final Path SCRIPT = Path.of("src/test/lab/lab.sh");

    /** A command's exit code and output (stdout and stderr together). */
    record Result(int exitCode, String output) {
    }

    private final Map<String, String> env;
    private final Thread shutdownHook;
    private boolean down;

    private Lab(Map<String, String> env) {
        this.env = env;
        this.shutdownHook = new Thread(() -> takeDown(false), "lab-down");
        Runtime.getRuntime().addShutdownHook(shutdownHook);
    }

    /** Builds the lab; the sudo password reaches lab.sh in a 0600 file, never as an argument. */
    static Lab up(List<String> hosts, String sudoPassword, Path workDir) throws IOException, InterruptedException {
        Path passwordFile = workDir.resolve("lab-sudo-password");
        Files.deleteIfExists(passwordFile);
        Files.createFile(passwordFile, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        Files.writeString(passwordFile, sudoPassword, StandardCharsets.UTF_8);
        try {
            List<String> command = new ArrayList<>(List.of(SCRIPT.toString(), "up"));
            command.addAll(hosts);
            Result up = run(command, Map.of("ESLAB_PASSWORD_FILE", passwordFile.toString()), 120);
            if (up.exitCode() != 0) {
                throw new IllegalStateException("lab.sh up failed:\n" + up.output());
            }
        } finally {
            Files.deleteIfExists(passwordFile);
        }
        Result env = run(List.of(SCRIPT.toString(), "env"), Map.of(), 30);
        Map<String, String> values = new LinkedHashMap<>();
        for (String line : env.output().split("\n")) {
            int eq = line.indexOf('=');
            if (line.startsWith("LAB_") && eq > 0) {
                values.put(line.substring(0, eq), line.substring(eq + 1).strip());
            }
        }
        return new Lab(values);
    }

    String address(String host) {
        String a = env.get("LAB_HOST_" + host);
        if (a == null) {
            throw new IllegalArgumentException("no lab host " + host + " in " + env.keySet());
        }
        return a;
    }

    String user() {
        return env.get("LAB_USER");
    }

    Path privateKey() {
        return Path.of(env.get("LAB_KEY"));
    }

    /** The hosts file a lab host sees as /etc/hosts. */
    Path hostsFile(String host) {
        return Path.of("/etc/netns/eslab-" + host + "/hosts");
    }

    /** Runs a command as root inside a lab host, with {@code input} on its standard input. */
    Result exec(String host, String input, String... command) throws IOException, InterruptedException {
        List<String> c = new ArrayList<>(List.of(SCRIPT.toString(), "exec", host));
        c.addAll(List.of(command));
        return run(c, Map.of(), 120, input);
    }

    @Override
    public void close() {
        takeDown(true);
    }

    private synchronized void takeDown(boolean removeHook) {
        if (down) {
            return;
        }
        down = true;
        if (removeHook) {
            try {
                Runtime.getRuntime().removeShutdownHook(shutdownHook);
            } catch (IllegalStateException e) {
                // already shutting down
            }
        }
        try {
            run(List.of(SCRIPT.toString(), "down"), Map.of(), 120);
        } catch (IOException e) {
            throw new IllegalStateException("lab.sh down failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static Result run(List<String> command, Map<String, String> env, long timeoutSeconds)
            throws IOException, InterruptedException {
        return run(command, env, timeoutSeconds, "");
    }

    private static Result run(List<String> command, Map<String, String> env, long timeoutSeconds, String input)
            throws IOException, InterruptedException {
        Path out = Files.createTempFile("esw-lab-", ".out");
        try {
            ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(out.toFile());
            pb.environment().putAll(env);
            Process p = pb.start();
            try (var stdin = p.getOutputStream()) {
                stdin.write(input.getBytes(StandardCharsets.UTF_8));
            }
            if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                p.descendants().forEach(ProcessHandle::destroyForcibly);
                p.destroyForcibly();
                throw new IOException(String.join(" ", command) + " did not finish in " + timeoutSeconds + " s");
            }
            return new Result(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(out);
        }
    }
}
