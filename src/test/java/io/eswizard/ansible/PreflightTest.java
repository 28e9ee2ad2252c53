package io.eswizard.ansible;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
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
    void readsTheCollectionListingKeepingTheNewestOfEach() {
        assertEquals(Map.of("ansible.posix", "1.5.4", "community.general", "6.10.0"), CollectionRequirements.installed(
                "some warning\n{\"/usr/share\": {\"ansible.posix\": {\"version\": \"1.5.4\"},"
                        + " \"community.general\": {\"version\": \"6.9.2\"}},"
                        + " \"/root\": {\"community.general\": {\"version\": \"6.10.0\"}}}"));
    }

    @Test
    void theBundledRequirementsNameEachCollectionTheModulesComeFromWithItsMinimum() throws Exception {
        List<CollectionRequirements.Requirement> needed = CollectionRequirements.read(Path.of("ansible"));
        assertEquals(List.of(new CollectionRequirements.Requirement("community.crypto", "1.3.0"),
                new CollectionRequirements.Requirement("community.general", "1.0.0"),
                new CollectionRequirements.Requirement("community.mysql", "1.0.0")), needed);
        // Every collection a task of the playbook names is required.
        Set<String> used = new java.util.TreeSet<>();
        try (var files = Files.walk(Path.of("ansible"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".yml")).toList()) {
                java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\b(community\\.[a-z_]+)\\.[a-z_0-9]+")
                        .matcher(Files.readString(f));
                while (m.find()) {
                    used.add(m.group(1));
                }
            }
        }
        assertEquals(used, needed.stream().map(CollectionRequirements.Requirement::name)
                .collect(java.util.stream.Collectors.toSet()));
        assertTrue(needed.get(0).metBy("1.10.0") && !needed.get(0).metBy("1.2.9") && !needed.get(0).metBy(null));
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
