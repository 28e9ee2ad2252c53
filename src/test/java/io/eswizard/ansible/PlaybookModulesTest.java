package io.eswizard.ansible;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bundled playbook's own read-only modules, run by the real Ansible on this machine. */
class PlaybookModulesTest {

    @TempDir
    Path dir;

    @BeforeEach
    void ansible() {
        RealAnsible.require();
    }

    @Test
    void eswListeningTellsFreeOursAndOtherPortsApart() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            int port = taken.getLocalPort();
            int free;
            try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
                free = probe.getLocalPort();
            }
            String self = "java"; // this JVM holds the taken port
            JsonNode r = RealAnsible.module(dir, "es_listening", Map.of("ports", List.of(
                    Map.of("port", port, "address", "127.0.0.1", "purpose", "HTTPS", "owner_hints", List.of(self)),
                    Map.of("port", port, "address", "127.0.0.1", "purpose", "HTTPS",
                            "owner_hints", List.of("/no/such/home")),
                    Map.of("port", free, "address", "127.0.0.1", "purpose", "member"))));
            assertFalse(r.path("failed").asBoolean(), r::toString);
            assertFalse(r.path("changed").asBoolean());
            JsonNode ports = r.path("ports");
            assertEquals("ours", ports.path(0).path("state").asText(), r::toString);
            assertEquals(ProcessHandle.current().pid(), ports.path(0).path("pid").asLong());
            assertEquals("other", ports.path(1).path("state").asText());
            assertTrue(ports.path(1).path("text").asText().startsWith("HTTPS port " + port
                    + " is used by another program"), ports.path(1).toString());
            assertEquals("free", ports.path(2).path("state").asText());
        }
    }

    @Test
    void theFirstLookReportsPackagesSourceAddressPathsChecksumsAndWhetherAServerAnswers() throws Exception {
        boolean dpkg = Files.isExecutable(Path.of("/usr/bin/dpkg-query"));
        Path carbon = Files.writeString(dir.resolve("carbon.xml"), "<Server/>");
        try (ServerSocket https = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            int closed;
            try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
                closed = probe.getLocalPort();
            }
            JsonNode up = RealAnsible.module(dir, "es_machine_facts", Map.of(
                    "root", false,
                    "packages", List.of("dpkg", "esw-no-such-package"),
                    "python_modules", Map.of("json", "python3-json-package", "esw_no_such_module", "esw-module-package"),
                    "source_towards", Map.of("host", "127.0.0.5", "port", 3306),
                    "paths", List.of(carbon.toString(), dir.resolve("absent.xml").toString()),
                    "checksums", List.of(carbon.toString(), dir.resolve("absent.xml").toString()),
                    "answers", Map.of("host", "127.0.0.1", "port", https.getLocalPort())));
            assertFalse(up.path("failed").asBoolean(), up::toString);
            assertFalse(up.path("changed").asBoolean());
            JsonNode look = up.at("/ansible_facts/es_machine");
            List<String> missing = new java.util.ArrayList<>();
            look.path("missing_packages").forEach(p -> missing.add(p.asText()));
            // A module that imports needs no package; one that does not needs its package.
            assertEquals(dpkg ? List.of("esw-no-such-package", "esw-module-package")
                    : List.of("dpkg", "esw-no-such-package", "esw-module-package"), missing, look::toString);
            assertEquals("127.0.0.1", look.path("source_address").asText(), "the kernel's source towards loopback");
            assertTrue(look.at("/paths").path(carbon.toString()).asBoolean());
            assertFalse(look.at("/paths").path(dir.resolve("absent.xml").toString()).asBoolean(true));
            assertTrue(look.path("answering").asBoolean());
            String sha1 = java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-1")
                    .digest(Files.readAllBytes(carbon)));
            assertEquals(sha1, look.at("/checksums").path(carbon.toString()).asText());
            assertEquals("", look.at("/checksums").path(dir.resolve("absent.xml").toString()).asText("x"));

            JsonNode down = RealAnsible.module(dir, "es_machine_facts", Map.of("root", false,
                    "answers", Map.of("host", "127.0.0.1", "port", closed)));
            assertFalse(down.at("/ansible_facts/es_machine/answering").asBoolean(true), down::toString);
            assertTrue(down.at("/ansible_facts/es_machine/source_address").asText("x").isEmpty());
        }
    }

    @Test
    void theFirstLookFailsNamingTheUserWhenTasksDoNotRunAsRoot() throws Exception {
        JsonNode r = RealAnsible.module(dir, "es_machine_facts", Map.of("paths", List.of()));
        boolean root = ProcessHandle.current().info().user().map("root"::equals).orElse(false);
        assertEquals(!root, r.path("failed").asBoolean(), r::toString);
        if (!root) {
            assertTrue(r.path("msg").asText().contains("not as root"), r::toString);
        } else {
            assertEquals(0, r.at("/ansible_facts/es_machine/uid").asInt(-1));
        }
    }

    @Test
    void eswNginxSitesRetiresWizardSitesAndReportsForeignOnes() throws Exception {
        Path confD = Files.createDirectories(dir.resolve("conf.d"));
        Path enabled = Files.createDirectories(dir.resolve("sites-enabled"));
        String marker = "# ES Cluster Wizard: ";
        Files.writeString(confD.resolve("old-store.example.com.conf"),
                marker + "old - store (store.example.com)\nserver {\n  server_name store.example.com;\n}\n");
        Files.writeString(confD.resolve("shop-renamed.example.com.conf"),
                marker + "shop - store (renamed.example.com)\nserver {\n  server_name renamed.example.com;\n}\n");
        Files.writeString(confD.resolve("store.example.com.conf"),
                marker + "shop - store (store.example.com)\nserver { server_name store.example.com; }\n");
        Files.writeString(confD.resolve("store.example.com.conf.20260101.retired~"),
                marker + "old - store\nserver { server_name store.example.com; }\n");
        Files.writeString(enabled.resolve("hand-made"),
                "server {\n  listen 443;\n  server_name www.example.com  publisher.example.com;\n}\n");
        Files.writeString(enabled.resolve("commented"),
                "server {\n  # server_name publisher.example.com;\n  server_name other.example.com;\n}\n");
        Files.writeString(confD.resolve("unrelated.conf"), marker + "else - store (x)\nserver { server_name x; }\n");

        JsonNode r = RealAnsible.module(dir, "es_nginx_sites", Map.of(
                "dirs", List.of(Map.of("path", confD.toString(), "patterns", List.of("*.conf")),
                        Map.of("path", enabled.toString(), "patterns", List.of("*"))),
                "names", List.of("publisher.example.com", "store.example.com"),
                "wanted", List.of(confD.resolve("publisher.example.com.conf").toString(),
                        confD.resolve("store.example.com.conf").toString()),
                "wizard_marker", marker,
                "project_marker", marker + "shop - "));
        assertFalse(r.path("failed").asBoolean(), r::toString);
        assertEquals(List.of(confD.resolve("old-store.example.com.conf").toString(),
                confD.resolve("shop-renamed.example.com.conf").toString()), texts(r.path("retire")));
        assertEquals(List.of(enabled.resolve("hand-made").toString()), texts(r.path("foreign")));
    }

    @Test
    void theSudoPasswordIsChosenPerMachineAddress() throws Exception {
        Files.writeString(dir.resolve("hosts.yml"), """
                all:
                  hosts:
                    a: {ansible_host: 10.0.0.11, ansible_connection: local}
                    b: {ansible_host: 10.0.0.12, ansible_connection: local}
                    localhost: {ansible_connection: local}
                """);
        Files.writeString(dir.resolve("secrets.yml"), io.eswizard.generate.SecretsFile.content(
                io.eswizard.model.ProjectDefaults.reference("x", 2, 2),
                new io.eswizard.model.Secrets("db", "", "all {{ x }}", Map.of("10.0.0.12", "own \"one\""))));
        ProcessBuilder pb = new ProcessBuilder("ansible", "all", "-i", "hosts.yml", "-e", "@secrets.yml",
                "-e", "ansible_python_interpreter=/usr/bin/python3", "-m", "ansible.builtin.debug",
                "-a", "var=ansible_become_password").directory(dir.toFile())
                .redirectError(ProcessBuilder.Redirect.DISCARD);
        pb.environment().put("ANSIBLE_STDOUT_CALLBACK", "json");
        pb.environment().put("ANSIBLE_LOAD_CALLBACK_PLUGINS", "1");
        Process p = pb.start();
        String text = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        p.waitFor();
        JsonNode hosts = new com.fasterxml.jackson.databind.ObjectMapper().readTree(text.substring(text.indexOf('{')))
                .at("/plays/0/tasks/0/hosts");
        assertEquals("all {{ x }}", hosts.path("a").path("ansible_become_password").asText(), text);
        assertEquals("own \"one\"", hosts.path("b").path("ansible_become_password").asText(), text);
        // A play on this computer (verify.yml's last) has a host without ansible_host.
        assertEquals("all {{ x }}", hosts.path("localhost").path("ansible_become_password").asText(), text);
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new java.util.ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    @Test
    void theServiceLookTriesTheWayToTheHomeAsTheUserAndSeesTheServerAndItsBootLinks() throws Exception {
        java.nio.file.attribute.FileAttribute<?> open = java.nio.file.attribute.PosixFilePermissions
                .asFileAttribute(java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.setPosixFilePermissions(dir, java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-xr-x"));
        Path reachable = Files.createDirectories(dir.resolve("open/wso2es-2.1.0/bin"), open).getParent();
        Files.writeString(reachable.resolve("bin/wso2server.sh"), "#!/bin/sh\n");
        Files.writeString(reachable.resolve("wso2carbon.pid"), Long.toString(ProcessHandle.current().pid()));
        Path closed = Files.createDirectories(dir.resolve("closed"));
        Files.setPosixFilePermissions(closed, java.nio.file.attribute.PosixFilePermissions.fromString("rwx------"));
        Path behindClosed = Files.createDirectories(closed.resolve("wso2es-2.1.0"));
        Path rc = Files.createDirectories(dir.resolve("rc2.d"));
        Files.createSymbolicLink(rc.resolve("S01esw-shop-store-1"), Path.of("../init.d/esw-shop-store-1"));

        JsonNode ok = look(reachable, "nobody", "esw-shop-store-1", rc);
        assertTrue(ok.path("home_found").asBoolean(), ok::toString);
        assertTrue(ok.path("user_exists").asBoolean());
        assertEquals("", ok.path("blocked").asText());
        assertTrue(ok.path("running").asBoolean(), "the pid file names this JVM");
        assertEquals(System.getProperty("user.name"), ok.path("process_user").asText());
        assertTrue(ok.path("boot_enabled").asBoolean());
        assertFalse(ok.path("owned").asBoolean(), "the home is root's");
        String javaHome = ok.path("java_home").asText();
        assertTrue(javaHome.isEmpty() || Files.isExecutable(Path.of(javaHome, "bin/java")), javaHome);

        JsonNode blocked = look(behindClosed, "nobody", "esw-shop-store-2", rc);
        assertEquals(closed.toString(), blocked.path("blocked").asText(), blocked::toString);
        assertFalse(blocked.path("home_found").asBoolean());
        assertFalse(blocked.path("running").asBoolean());
        assertFalse(blocked.path("boot_enabled").asBoolean());

        // An account not made yet: the folders' permissions for others decide.
        JsonNode noUser = look(behindClosed, "esw-no-such-user", "esw-shop-store-2", rc);
        assertFalse(noUser.path("user_exists").asBoolean(), noUser::toString);
        assertEquals(closed.toString(), noUser.path("blocked").asText());
        assertFalse(noUser.path("owned").asBoolean());
        assertEquals("", look(reachable, "esw-no-such-user", "esw-shop-store-1", rc).path("blocked").asText());
    }

    private JsonNode look(Path home, String user, String service, Path rc) throws Exception {
        JsonNode r = RealAnsible.module(dir, "es_service_look", Map.of("home", home.toString(), "user", user,
                "group", "nogroup", "service", service, "definition", dir.resolve("init.d").resolve(service).toString(), "manager", "sysv", "rc_dirs", List.of(rc.toString())));
        assertFalse(r.path("failed").asBoolean(), r::toString);
        assertFalse(r.path("changed").asBoolean());
        return r;
    }
}
