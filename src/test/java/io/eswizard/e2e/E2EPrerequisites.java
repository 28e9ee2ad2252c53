package io.eswizard.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.eswizard.generate.SecretsFile;
import io.eswizard.model.ClusterProject;
import io.eswizard.model.Secrets;
import io.eswizard.testsupport.Prerequisites;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;

/** What the end-to-end runs need from the machine, and the files they pass to ansible-playbook. */
final class E2EPrerequisites {

    private E2EPrerequisites() {
    }

    /** Root and Ansible; without them the suite is skipped with the reason (failed in CI). */
    static void require() {
        boolean root = "root".equals(System.getProperty("user.name"));
        boolean ansible = onPath("ansible-playbook");
        Prerequisites.require(root && ansible,
                "end-to-end runs need root and ansible-playbook (run .ci/install-deps, then mvn verify -Pe2e as root)");
    }

    /** The multi-host lab also needs sshd, sudo and a few tools inside its hosts. */
    static void requireLab() {
        List<String> missing = new ArrayList<>();
        for (String tool : List.of("/usr/sbin/sshd", "/usr/bin/sudo", "/usr/bin/unshare", "/usr/bin/nsenter",
                "/usr/bin/curl", "/usr/bin/unzip")) {
            if (!Files.isExecutable(Path.of(tool))) {
                missing.add(tool);
            }
        }
        Prerequisites.require(missing.isEmpty(),
                "the lab needs " + String.join(", ", missing) + " (run .ci/install-deps)");
    }

    /**
     * Stand-in servers left by an interrupted earlier run would answer on this run's ports: those
     * started from a home under an e2e temp folder ({@code /tmp/esw-e2e-...}/.../bin/wso2server.sh).
     */
    static void stopLeftoverStandIns() {
        String tmp = java.util.regex.Pattern.quote(System.getProperty("java.io.tmpdir"));
        // The Identity Server stand-in runs as its script; the ES stand-in as a JVM given its ES_HOME.
        String leftover = ".*(" + tmp + "/?esw-e2e-.*/bin/wso2server\\.sh|io\\.eswizard\\.standin\\.EsStandIn "
                + tmp + "/?esw-e2e-).*";
        ProcessHandle.allProcesses()
                .filter(p -> p.info().arguments().map(args -> String.join(" ", args)).orElse("").matches(leftover))
                .forEach(ProcessHandle::destroy);
    }

    /**
     * A folder for a suite's files, open to other users: the servers run as their own user (the
     * playbook's es_service_user), who must reach the homes inside it.
     */
    static Path tempRoot(String prefix) throws IOException {
        return Files.createTempDirectory(prefix, PosixFilePermissions.asFileAttribute(
                PosixFilePermissions.fromString("rwxr-xr-x")));
    }

    static boolean onPath(String command) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
            if (Files.isExecutable(Path.of(dir, command))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Writes the secrets (0600) and returns the extra arguments naming them; the test-only hosts
     * file goes into the run folder's inventory, so that the app's runner honours it too.
     */
    static List<String> secretAndTestVars(ClusterProject project, Path runFolder, Path hostsFile) throws IOException {
        Path secrets = runFolder.resolve("e2e-secrets.yml");
        Files.createFile(secrets, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        Files.writeString(secrets, SecretsFile.content(project, new Secrets(E2ESandbox.HOSTILE_PASSWORD, "")));
        Files.writeString(runFolder.resolve("inventory/group_vars/all/e2e-test.yml"),
                "---\nes_hosts_file: '" + hostsFile.toString().replace("'", "''") + "'\n");
        return List.of("-e", "@" + secrets);
    }

    /** Runs SQL as root through this machine's MariaDB socket. */
    static Lab.Result localSql(String sql) throws IOException, InterruptedException {
        return Lab.run(List.of("mysql", "-N", "-e", sql), java.util.Map.of(), 60);
    }

    /** "host: task: message" for every failed or unreachable result, to make a failed run readable. */
    static String failures(List<String> jsonLines) {
        ObjectMapper json = new ObjectMapper();
        List<String> failed = new ArrayList<>();
        for (String line : jsonLines) {
            if (!line.startsWith("{\"_event\":\"v2_runner_on_failed") && !line.startsWith("{\"_event\":\"v2_runner_on_unreachable")) {
                continue;
            }
            try {
                JsonNode e = json.readTree(line);
                e.path("hosts").fields().forEachRemaining(h -> failed.add(h.getKey() + ": " + e.at("/task/name").asText()
                        + ": " + h.getValue().path("msg").asText() + " " + h.getValue().path("stderr").asText()));
            } catch (IOException ignored) {
                // not an event line
            }
        }
        List<String> raw = jsonLines.stream().filter(l -> !l.startsWith("{")).toList();
        return String.join("\n", failed) + "\n-- other output:\n"
                + String.join("\n", raw.subList(Math.max(0, raw.size() - 20), raw.size()));
    }

    /** "host: task" for every changed result, to make a failing idempotence assertion readable. */
    static List<String> changedTasks(List<String> jsonLines) {
        ObjectMapper json = new ObjectMapper();
        List<String> changed = new ArrayList<>();
        for (String line : jsonLines) {
            if (!line.startsWith("{\"_event\":\"v2_runner_on_ok\"")) {
                continue;
            }
            try {
                JsonNode e = json.readTree(line);
                e.path("hosts").fields().forEachRemaining(h -> {
                    if (h.getValue().path("changed").asBoolean(false)) {
                        changed.add(h.getKey() + ": " + e.at("/task/name").asText());
                    }
                });
            } catch (IOException ignored) {
                // not an event line
            }
        }
        return changed;
    }
}
