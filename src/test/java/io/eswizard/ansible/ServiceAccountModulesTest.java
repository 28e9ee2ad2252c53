package io.eswizard.ansible;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.eswizard.testsupport.Prerequisites;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributes;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The modules that keep root from running what the servers' user can change: es_home_owners, es_server_stop. */
class ServiceAccountModulesTest {

    @TempDir
    Path dir;

    @BeforeEach
    void rootAndAnsible() {
        RealAnsible.require();
        Prerequisites.require("root".equals(System.getProperty("user.name")), "changing owners needs root");
    }

    @Test
    void theHomeIsRootsButForWhereTheServerWritesAndThePasswordFilesAreItsGroups() throws Exception {
        Path home = Files.createDirectories(dir.resolve("wso2es-2.1.0"));
        Files.createDirectories(home.resolve("bin"));
        Files.createDirectories(home.resolve("repository/conf/datasources"));
        Files.createDirectories(home.resolve("repository/logs/old"));
        Files.writeString(home.resolve("bin/wso2server.sh"), "#!/bin/sh\n");
        Path ds = Files.writeString(home.resolve("repository/conf/datasources/master-datasources.xml"), "<x/>");
        Path dsBackup = Files.writeString(ds.resolveSibling("master-datasources.xml.123.2026-01-02@03:04:05~"), "");
        Path oldLog = Files.writeString(home.resolve("repository/logs/old/wso2carbon.log"), "");
        Files.createSymbolicLink(home.resolve("repository/logs/link"), Path.of("/etc/passwd"));
        // As an earlier version left it: everything the user's.
        try (var walk = Files.walk(home)) {
            for (Path p : walk.toList()) {
                Files.setAttribute(p, "unix:uid", 65534, LinkOption.NOFOLLOW_LINKS);
            }
        }
        Map<String, Object> args = Map.of("home", home.toString(), "user", "nobody", "group", "nogroup",
                "writable", List.of("tmp", "repository/logs", "lib/tomcat/work"), "user_files", List.of("wso2carbon.pid"),
                "group_files", List.of("repository/conf/datasources/master-datasources.xml"));

        JsonNode dry = RealAnsible.module(dir, "es_home_owners", Map.of("home", home.toString(), "user", "nobody",
                "group", "nogroup", "writable", List.of("tmp")), true);
        assertTrue(dry.path("changed").asBoolean(), dry::toString);
        assertEquals("nobody", Files.getOwner(home).getName(), "a dry run changes nothing");
        assertFalse(Files.exists(home.resolve("tmp")));

        JsonNode first = RealAnsible.module(dir, "es_home_owners", args);
        assertFalse(first.path("failed").asBoolean(), first::toString);
        assertTrue(first.path("changed").asBoolean());
        for (Path p : List.of(home, home.resolve("bin"), home.resolve("bin/wso2server.sh"), home.resolve("repository/conf"))) {
            assertEquals(owner(p), "root:root", p.toString());
        }
        for (Path p : List.of(home.resolve("tmp"), home.resolve("repository/logs"), oldLog, home.resolve("wso2carbon.pid"))) {
            assertEquals("nobody:nogroup", owner(p), p.toString());
        }
        assertEquals("nobody:nogroup", owner(home.resolve("repository/logs/link")), "the link itself");
        assertEquals("root:root", owner(Path.of("/etc/passwd")), "never followed");
        assertEquals("root:nogroup", owner(ds));
        assertEquals("root:nogroup", owner(dsBackup));
        assertFalse(Files.exists(home.resolve("lib/tomcat/work")), "no lib/tomcat: nothing to make");

        JsonNode again = RealAnsible.module(dir, "es_home_owners", args);
        assertFalse(again.path("changed").asBoolean(), again::toString);
    }

    @Test
    void stoppingSignalsOnlyTheServerOfTheHome() throws Exception {
        Path home = Files.createDirectories(dir.resolve("wso2es-2.1.0/bin")).getParent();
        Path script = Files.writeString(home.resolve("bin/wso2server.sh"), "#!/bin/sh\nwhile :; do sleep 1; done\n");
        Path pidFile = home.resolve("wso2carbon.pid");
        Process other = new ProcessBuilder("/bin/sh", "-c", "while :; do sleep 1; done").start();
        Process server = new ProcessBuilder("/bin/sh", script.toString()).start();
        try {
            Files.writeString(pidFile, Long.toString(other.pid()));
            JsonNode notOurs = RealAnsible.module(dir, "es_server_stop", Map.of("home", home.toString()));
            assertFalse(notOurs.path("changed").asBoolean(), notOurs::toString);
            assertTrue(other.isAlive(), "a process that is not the home's server is left alone");

            Files.writeString(pidFile, Long.toString(server.pid()));
            JsonNode wrongOwner = RealAnsible.module(dir, "es_server_stop", Map.of("home", home.toString(),
                    "owners", List.of("nobody")));
            assertTrue(wrongOwner.path("failed").asBoolean(), wrongOwner::toString);
            assertTrue(server.isAlive(), "root's server is not the user's");

            JsonNode dry = RealAnsible.module(dir, "es_server_stop", Map.of("home", home.toString()), true);
            assertTrue(dry.path("changed").asBoolean(), dry::toString);
            assertTrue(server.isAlive());

            JsonNode stopped = RealAnsible.module(dir, "es_server_stop", Map.of("home", home.toString(), "timeout", 5));
            assertTrue(stopped.path("changed").asBoolean(), stopped::toString);
            assertEquals(server.pid(), stopped.path("pid").asLong());
            assertTrue(server.waitFor(5, java.util.concurrent.TimeUnit.SECONDS), "stopped");
        } finally {
            other.destroyForcibly();
            server.destroyForcibly();
        }
    }

    @Test
    void verifyNamesOpenPasswordFilesScriptsTheUserCanChangeAndTheStockAdmin() throws Exception {
        java.nio.file.attribute.FileAttribute<?> open = java.nio.file.attribute.PosixFilePermissions
                .asFileAttribute(java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.setPosixFilePermissions(dir, java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-xr-x"));
        Path home = Files.createDirectories(dir.resolve("wso2es-2.1.0"), open);
        Path bin = Files.createDirectories(home.resolve("bin"), open);
        Files.writeString(bin.resolve("wso2server.sh"), "#!/bin/sh\n");
        Path conf = Files.createDirectories(home.resolve("repository/conf"), open);
        Path userMgt = Files.writeString(conf.resolve("user-mgt.xml"), "<UserManager><Realm><Configuration><AdminUser>"
                + "<UserName>admin</UserName><Password>admin</Password></AdminUser></Configuration></Realm></UserManager>");
        Path backup = Files.writeString(conf.resolve("user-mgt.xml.77.2026-01-02@03:04:05~"), "");
        Files.setPosixFilePermissions(userMgt, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r-----"));
        Files.setPosixFilePermissions(backup, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
        Files.setOwner(bin, bin.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName("nobody"));
        Map<String, Object> args = Map.of("target", "store-1", "home", home.toString(), "user", "nobody",
                "password_files", List.of("repository/conf/user-mgt.xml"));

        Map<String, JsonNode> broken = checks(RealAnsible.module(dir, "es_verify_host_security", args));
        assertFalse(broken.get("password-files").path("ok").asBoolean());
        assertTrue(broken.get("password-files").path("cause").asText().contains(backup.toString()), broken::toString);
        assertFalse(broken.get("root-scripts").path("ok").asBoolean());
        assertTrue(broken.get("root-scripts").path("cause").asText().contains(bin.toString()), broken::toString);
        assertFalse(broken.get("admin-account").path("ok").asBoolean());
        assertEquals("secrets.carbonAdminPassword", broken.get("admin-account").path("field").asText());

        Files.setPosixFilePermissions(backup, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r-----"));
        Files.setOwner(bin, bin.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName("root"));
        Files.writeString(userMgt, Files.readString(userMgt).replace("<Password>admin<", "<Password>chosen-password<"));
        Map<String, JsonNode> fixed = checks(RealAnsible.module(dir, "es_verify_host_security", args));
        fixed.forEach((name, c) -> assertTrue(c.path("ok").asBoolean(), name + ": " + c));
        assertEquals(3, fixed.size());
    }

    private static Map<String, JsonNode> checks(JsonNode result) {
        Map<String, JsonNode> out = new java.util.TreeMap<>();
        result.path("esw_checks").forEach(c -> out.put(c.path("check").asText(), c));
        return out;
    }

    private static String owner(Path p) throws Exception {
        PosixFileAttributes a = Files.readAttributes(p, PosixFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        return a.owner().getName() + ":" + a.group().getName();
    }
}
