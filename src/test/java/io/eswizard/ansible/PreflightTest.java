package io.eswizard.ansible;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PreflightTest {

    @TempDir
    Path dir;

    @Test
    void missingAnsibleIsOneClearFinding() {
        PreflightReport r = new Preflight(AnsibleTools.onPath().withPlaybook(dir.resolve("nope").toString()))
                .run(dir, "inventory/hosts.yml", List.of());
        assertFalse(r.passed());
        assertEquals(1, r.checks().size());
        assertEquals(AnsibleTools.NOT_FOUND_MESSAGE, r.checks().get(0).remedy());
    }

    @Test
    void readsTheCollectionListing() {
        assertEquals(Set.of("ansible.posix", "community.general"), Preflight.installedCollections(
                "some warning\n{\"/usr/share\": {\"ansible.posix\": {\"version\": \"1.5\"}},"
                        + " \"/root\": {\"community.general\": {\"version\": \"6\"}}}"));
    }

    @Test
    void remediesInPlainWords() {
        assertTrue(Preflight.reachRemedy(ResultStatus.UNREACHABLE, "ssh: connect to host 1.2.3.4 port 22: Connection refused")
                .startsWith("Nothing listens on the SSH port"));
        assertTrue(Preflight.reachRemedy(ResultStatus.UNREACHABLE, "Permission denied (publickey)").contains("ssh-copy-id"));
        assertTrue(Preflight.becomeRemedy("sudo: a password is required").contains("NOPASSWD"));
    }

    /** The real Ansible of this machine against local and unreachable hosts. */
    @Test
    void realAnsibleAgainstLocalAndUnreachableHosts() throws Exception {
        RealAnsible.require();
        // A run folder carries preflight.yml and the output callback its findings are read with.
        RealAnsible.copyPlaybook(dir);
        Files.createDirectories(dir.resolve("inventory"));
        Files.writeString(dir.resolve("inventory/hosts.yml"), """
                all:
                  hosts:
                    here: {ansible_connection: local, ansible_python_interpreter: /usr/bin/python3}
                    gone: {ansible_host: 127.0.0.9, ansible_port: 1, ansible_connection: ssh}
                """);
        PreflightReport r = new Preflight(AnsibleTools.onPath()).run(dir, "inventory/hosts.yml", List.of());
        assertTrue(r.checks().stream().anyMatch(c -> c.check().equals("ansible version") && c.ok()), r.toString());
        assertTrue(r.checks().stream().anyMatch(c -> c.check().equals("ansible collections") && c.ok()), r.toString());
        assertTrue(r.checks().contains(PreflightCheck.ok("here", "reachable", "SSH and Python answer")), r.toString());
        assertTrue(r.checks().stream().anyMatch(c -> c.host().equals("here") && c.check().equals("python") && c.ok()
                && c.detail().startsWith("Python 3.")), r.toString());
        PreflightCheck gone = r.failures().get(0);
        assertEquals("gone", gone.host());
        assertTrue(gone.remedy().startsWith("Nothing listens on the SSH port"), gone.toString());
        boolean root = ProcessHandle.current().info().user().map("root"::equals).orElse(false);
        if (root) {
            assertTrue(r.checks().contains(PreflightCheck.ok("here", "root via become", "tasks run as root")), r.toString());
        }
    }
}
