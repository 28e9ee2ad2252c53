package io.eswizard.ansible;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.eswizard.testsupport.Prerequisites;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** es_service's definitions: the systemd unit as systemd reads it, and the init script run for real. */
class ServiceDefinitionTest {

    /** A server that runs until it is signalled, its command line naming its script, as wso2server.sh's does. */
    private static final String FAKE_SERVER = """
            #!/bin/sh
            home=$(cd "$(dirname "$0")/.." && pwd)
            case "$1" in
              start) nohup /bin/sh "$home/bin/wso2server.sh" run >/dev/null 2>&1 &
                     echo $! > "$home/wso2carbon.pid" ;;
              run) id -un > "$home/repository/logs/user"; while :; do sleep 1; done ;;
              stop) kill -TERM "$(cat "$home/wso2carbon.pid")" ;;
            esac
            """;

    @TempDir
    Path dir;

    @BeforeEach
    void ansible() {
        RealAnsible.require();
    }

    @Test
    void theUnitRunsAsTheUserSandboxedWithQuotedPaths() throws Exception {
        Map<String, List<String>> unit = settings(ServiceTemplates.render(dir, "server.service.j2",
                Map.of("es_service_home", "/opt/wso2es-2.1.0", "es_service_java_home_found", "/opt/jdk1.8.0_144")));
        assertEquals(List.of("wso2"), unit.get("User"));
        assertEquals(List.of("yes"), unit.get("NoNewPrivileges"));
        assertEquals(List.of("yes"), unit.get("PrivateTmp"));
        assertEquals(List.of("full"), unit.get("ProtectSystem"));
        assertEquals(List.of("yes"), unit.get("ProtectHome"));
        assertEquals(List.of("\"/opt/wso2es-2.1.0/bin/wso2server.sh\" start"), unit.get("ExecStart"));
        assertEquals(List.of("\"/opt/wso2es-2.1.0/bin/wso2server.sh\" stop"), unit.get("ExecStop"));
        assertEquals(List.of("\"JAVA_HOME=/opt/jdk1.8.0_144\""), unit.get("Environment"));
        assertFalse(unit.containsKey("ReadWritePaths"), unit::toString);
    }

    @Test
    void aHomeUnderHomeIsReadOnlyButForWhereCarbonWrites() throws Exception {
        Map<String, List<String>> unit = settings(ServiceTemplates.render(dir, "server.service.j2",
                Map.of("es_service_home", "/home/admin/wso2es-2.1.0")));
        assertEquals(List.of("read-only"), unit.get("ProtectHome"));
        String paths = unit.get("ReadWritePaths").get(0);
        assertTrue(paths.contains("\"-/home/admin/wso2es-2.1.0/repository/logs\""), paths);
        assertTrue(paths.contains("\"-/home/admin/wso2es-2.1.0/tmp\""), paths);
        assertTrue(paths.endsWith("\"/home/admin/wso2es-2.1.0/wso2carbon.pid\""), paths);
        assertFalse(paths.contains("/bin"), paths);
    }

    @Test
    void theInitScriptStartsAndStopsAsTheUserAndLeavesOtherProcessesAlone() throws Exception {
        Prerequisites.require("root".equals(System.getProperty("user.name")), "runuser needs root");
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
        Path home = Files.createDirectories(dir.resolve("wso2es-2.1.0/bin"),
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-xr-x"))).getParent();
        Files.setPosixFilePermissions(home, PosixFilePermissions.fromString("rwxr-xr-x"));
        Path script = home.resolve("bin/wso2server.sh");
        Files.writeString(script, FAKE_SERVER);
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
        Path logs = Files.createDirectories(home.resolve("repository/logs"));
        Files.setPosixFilePermissions(home.resolve("repository"), PosixFilePermissions.fromString("rwxr-xr-x"));
        Path pidFile = Files.writeString(home.resolve("wso2carbon.pid"), "");
        for (Path p : List.of(logs, pidFile)) {
            Files.setOwner(p, p.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName("nobody"));
        }
        Files.writeString(dir.resolve("server.init.j2.out"), "");
        Path init = dir.resolve("init");
        Files.writeString(init, ServiceTemplates.render(dir, "server.init.j2", Map.of("es_service_home", home.toString(),
                "es_service_user", "nobody", "es_service_stop_timeout", 5)));
        assertEquals(3, run(init, "status"), "nothing runs yet");

        // A pid file naming a process that is not this home's server (this JVM, root's) changes nothing.
        String jvm = Long.toString(ProcessHandle.current().pid());
        Files.writeString(pidFile, jvm);
        assertEquals(3, run(init, "status"));
        assertEquals(0, run(init, "stop"));
        assertTrue(ProcessHandle.current().isAlive());

        assertEquals(0, run(init, "start"));
        long pid = waitForPid(pidFile, jvm);
        ProcessHandle server = ProcessHandle.of(pid).orElseThrow();
        assertEquals("nobody", server.info().user().orElse(""));
        assertEquals(0, run(init, "status"));
        assertEquals(0, run(init, "stop"));
        assertTrue(gone(pid), "stopped");
        assertEquals(3, run(init, "status"));
    }

    /** Gone, or exited and waiting for a parent to reap it (orphans here may have none that does). */
    private static boolean gone(long pid) throws Exception {
        Path stat = Path.of("/proc", Long.toString(pid), "stat");
        if (!Files.exists(stat)) {
            return true;
        }
        String text = Files.readString(stat);
        return text.substring(text.lastIndexOf(')') + 2).startsWith("Z");
    }

    private static long waitForPid(Path pidFile, String not) throws Exception {
        long until = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (System.nanoTime() < until) {
            String text = Files.readString(pidFile).trim();
            if (!text.isEmpty() && !text.equals(not)) {
                return Long.parseLong(text);
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the server wrote no pid");
    }

    private static int run(Path init, String command) throws Exception {
        Process p = new ProcessBuilder("/bin/sh", init.toString(), command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        int rc = p.waitFor();
        System.out.println(command + " -> " + rc + ": " + out.trim());
        return rc;
    }

    /** The unit's settings as systemd reads them: key to values, in order, comments and sections left out. */
    private static Map<String, List<String>> settings(String unit) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (String line : unit.split("\n")) {
            if (line.isBlank() || line.startsWith("#") || line.startsWith("[")) {
                continue;
            }
            int eq = line.indexOf('=');
            out.computeIfAbsent(line.substring(0, eq), k -> new ArrayList<>()).add(line.substring(eq + 1));
        }
        return out;
    }
}
