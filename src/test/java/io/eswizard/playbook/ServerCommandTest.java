package io.eswizard.playbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shared start task file (roles/es_common/tasks/server.yml), run by the real ansible-playbook:
 * WSO2's wso2server.sh refuses to run without JAVA_HOME, so the task gives it the project's
 * JAVA_HOME, or the JDK of the `java` on the machine's PATH.
 */
class ServerCommandTest {

    /** The checks of WSO2 Carbon 4.4's wso2server.sh before it runs any command, and what it got. */
    private static final String SERVER_SCRIPT = """
            #!/bin/sh
            if [ -z "$JAVA_HOME" ]; then
              echo "You must set the JAVA_HOME variable before running CARBON."
              exit 1
            fi
            if [ ! -x "$JAVA_HOME/bin/java" ]; then
              echo "Error: JAVA_HOME is not defined correctly."
              exit 1
            fi
            echo "$JAVA_HOME $1" > "$(dirname "$0")/../ran"
            """;

    @TempDir
    Path dir;
    private Path home;
    private Path jdk;

    @BeforeAll
    static void ansible() {
        EditModules.requireAnsible();
    }

    @BeforeEach
    void serverAndJdk() throws IOException {
        home = dir.resolve("wso2es-2.1.0");
        executable(home.resolve("bin/wso2server.sh"), SERVER_SCRIPT);
        // A JDK 8 layout: the java on the PATH is a link to jre/bin/java, as Debian's alternatives make it.
        jdk = dir.resolve("jvm/java-8-openjdk-amd64");
        executable(jdk.resolve("bin/java"), "#!/bin/sh\n");
        executable(jdk.resolve("jre/bin/java"), "#!/bin/sh\n");
        Files.createDirectories(dir.resolve("path"));
        Files.createSymbolicLink(dir.resolve("path/java"), jdk.resolve("jre/bin/java"));
    }

    @Test
    void withoutAJavaHomeTheServerGetsTheJdkOfTheJavaOnThePath() throws Exception {
        Run run = start("", dir.resolve("path") + ":/usr/bin:/bin");
        assertEquals(0, run.exitCode(), run.output());
        assertEquals(jdk.toRealPath() + " start", ran());
    }

    @Test
    void theProjectsJavaHomeComesFirst() throws Exception {
        Path own = dir.resolve("own-jdk");
        executable(own.resolve("bin/java"), "#!/bin/sh\n");
        Run run = start(own.toString(), dir.resolve("path") + ":/usr/bin:/bin");
        assertEquals(0, run.exitCode(), run.output());
        assertEquals(own + " start", ran());
    }

    @Test
    void withoutJavaAnywhereTheTaskSaysWhatToDo() throws Exception {
        // The machine's commands, except java.
        Path tools = Files.createDirectories(dir.resolve("tools"));
        try (var commands = Files.list(Path.of("/usr/bin"))) {
            for (Path c : commands.filter(c -> !c.getFileName().toString().equals("java")).toList()) {
                Files.createSymbolicLink(tools.resolve(c.getFileName()), c);
            }
        }
        Run run = start("", tools.toString());
        assertNotEquals(0, run.exitCode(), run.output());
        assertTrue(run.output().contains("there is no java on the PATH"), run.output());
        assertTrue(Files.notExists(home.resolve("ran")));
    }

    private record Run(int exitCode, String output) {
    }

    /** Runs server.yml with action start against a port that already answers, with the given PATH. */
    private Run start(String javaHome, String path) throws Exception {
        try (ServerSocket https = new ServerSocket(0, 5, InetAddress.getLoopbackAddress())) {
            Path playbook = dir.resolve("start.yml");
            Path tasks = Path.of("ansible/roles/es_common/tasks/server.yml").toAbsolutePath();
            Files.writeString(playbook, """
                    - hosts: localhost
                      gather_facts: false
                      tasks:
                        - ansible.builtin.import_tasks: %s
                          vars:
                            es_server_home: %s
                            es_server_action: start
                            es_server_address: 127.0.0.1
                            es_server_port: %d
                            es_server_start_timeout: 5
                            es_packs_java_home: '%s'
                    """.formatted(tasks, home, https.getLocalPort(), javaHome));
            ProcessBuilder pb = new ProcessBuilder("/usr/bin/python3", "/usr/bin/ansible-playbook", "-i", "localhost,",
                    "-c", "local", "-e", "ansible_python_interpreter=/usr/bin/python3", playbook.toString())
                    .redirectErrorStream(true);
            Map<String, String> env = pb.environment();
            env.remove("JAVA_HOME");
            env.put("PATH", path);
            env.putIfAbsent("LANG", "C.UTF-8");
            Process p = pb.start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(p.waitFor(120, TimeUnit.SECONDS));
            return new Run(p.exitValue(), out);
        }
    }

    private String ran() throws IOException {
        return Files.readString(home.resolve("ran")).strip();
    }

    private static void executable(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
    }
}
