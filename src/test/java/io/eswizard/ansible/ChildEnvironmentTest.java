package io.eswizard.ansible;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChildEnvironmentTest {

    @TempDir
    Path runFolder;

    private static Map<String, String> appEnvironment() {
        return new HashMap<>(Map.of("PATH", "/usr/bin:/bin", "HOME", "/home/admin", "LANG", "de_DE.UTF-8",
                "ESW_DB_PASSWORD", "db-secret", "ESW_BECOME_PASSWORD", "sudo-secret",
                "ESWIZARD_EVENTS_EXTRA_FIELDS", "invocation", "ANSIBLE_DEBUG", "1", "ANSIBLE_KEEP_REMOTE_FILES", "1",
                "ANSIBLE_LOG_PATH", "/tmp/everything.log", "ANSIBLE_CONFIG", "/elsewhere/ansible.cfg"));
    }

    @Test
    void theAppsVariablesAndAnsiblesDebuggingSwitchesGoTheRestStays() {
        Map<String, String> env = appEnvironment();
        ChildEnvironment.prepare(env, runFolder);
        assertTrue(env.keySet().stream().noneMatch(n -> n.startsWith("ESW")), env.toString());
        assertFalse(env.containsKey("ANSIBLE_DEBUG"));
        assertFalse(env.containsKey("ANSIBLE_KEEP_REMOTE_FILES"));
        assertFalse(env.containsKey("ANSIBLE_LOG_PATH"));
        assertFalse(env.containsKey("ANSIBLE_CONFIG"), "no ansible.cfg in the run folder: Ansible's own search");
        assertEquals("/usr/bin:/bin", env.get("PATH"));
        assertEquals("/home/admin", env.get("HOME"));
        assertEquals("de_DE.UTF-8", env.get("LANG"));
        assertEquals("eswizard_events", env.get("ANSIBLE_STDOUT_CALLBACK"));
        assertEquals("1", env.get("PYTHONUNBUFFERED"));
    }

    @Test
    void ansiblesLogOnlyOnPurposeAndTheRunFoldersConfig() throws Exception {
        Files.writeString(runFolder.resolve("ansible.cfg"), "[defaults]\n");
        Map<String, String> env = appEnvironment();
        env.put(ChildEnvironment.LOG_PATH_REQUEST, "/var/log/admin/ansible.log");
        ChildEnvironment.prepare(env, runFolder);
        assertEquals("/var/log/admin/ansible.log", env.get("ANSIBLE_LOG_PATH"));
        assertFalse(env.containsKey(ChildEnvironment.LOG_PATH_REQUEST));
        assertEquals(runFolder.resolve("ansible.cfg").toAbsolutePath().toString(), env.get("ANSIBLE_CONFIG"));
    }
}
