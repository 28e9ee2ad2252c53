package io.eswizard.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.eswizard.ansible.RunHistory;
import io.eswizard.model.ProjectDefaults;
import io.eswizard.project.ProjectFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The app started with passwords and Ansible's debugging switches in its environment: neither the
 * --list-tasks child, nor the run's ansible-playbook, nor the supervisor between them gets any of
 * them; ESW_ANSIBLE_LOG_PATH asks for Ansible's log on purpose.
 */
@Timeout(120)
class AnsibleChildEnvironmentTest {

    private static final String DB_PASSWORD = "Db-Passw0rd-of-the-env";
    private static final String BECOME_PASSWORD = "Sudo-Passw0rd-of-the-env";
    private static final String ADMIN_PASSWORD = "Admin-Passw0rd-of-the-env";

    @TempDir
    Path dir;
    Path project;
    Map<String, String> env;

    @BeforeEach
    void projectAndEnvironment() throws Exception {
        project = dir.resolve("cluster.yaml");
        ProjectFiles.save(project, ProjectDefaults.localSandbox("demo", 1, 1, dir.resolve("sandbox"), true));
        env = new HashMap<>(Map.of("XDG_RUNTIME_DIR", dir.resolve("runtime").toString(),
                "ESW_DB_PASSWORD", DB_PASSWORD, "ESW_BECOME_PASSWORD", BECOME_PASSWORD,
                "ESW_DB_ADMIN_PASSWORD", ADMIN_PASSWORD, "ESWIZARD_EVENTS_EXTRA_FIELDS", "invocation",
                "ANSIBLE_DEBUG", "1", "ANSIBLE_KEEP_REMOTE_FILES", "1",
                "ANSIBLE_LOG_PATH", dir.resolve("stray-ansible.log").toString()));
    }

    @Test
    void noChildGetsTheAppsVariablesOrDebuggingSwitches() throws Exception {
        Path folder = run();
        for (String kind : List.of("list-tasks", "run")) {
            Map<String, String> childEnv = variables(folder.resolve(kind + ".env"));
            for (String name : childEnv.keySet()) {
                assertFalse(name.startsWith("ESW"), kind + " got " + name);
            }
            for (String name : List.of("ANSIBLE_DEBUG", "ANSIBLE_KEEP_REMOTE_FILES", "ANSIBLE_LOG_PATH")) {
                assertFalse(childEnv.containsKey(name), kind + " got " + name);
            }
            assertEquals("eswizard_events", childEnv.get("ANSIBLE_STDOUT_CALLBACK"), kind);
            String supervisor = Files.readString(folder.resolve(kind + ".supervisor-env"))
                    + Files.readString(folder.resolve(kind + ".supervisor-argv"));
            for (String secret : List.of(DB_PASSWORD, BECOME_PASSWORD, ADMIN_PASSWORD, "ESW_")) {
                assertFalse(supervisor.contains(secret), kind + "'s supervisor got " + secret);
            }
        }
        assertTrue(Files.readString(folder.resolve("run.supervisor-argv")).contains("esw-supervise"),
                "the fake's parent is the supervisor");
        assertFalse(Files.exists(dir.resolve("stray-ansible.log")));
    }

    @Test
    void ansiblesLogIsWrittenOnlyWhenAskedForOnPurpose() throws Exception {
        Path log = dir.resolve("wanted-ansible.log");
        env.put("ESW_ANSIBLE_LOG_PATH", log.toString());
        Path folder = run();
        assertEquals(log.toString(), variables(folder.resolve("run.env")).get("ANSIBLE_LOG_PATH"));
        assertEquals(log.toString(), variables(folder.resolve("list-tasks.env")).get("ANSIBLE_LOG_PATH"));
    }

    private Path run() throws Exception {
        Path output = dir.resolve("app-output.txt");
        int code = AppProcess.run(env, output, "run", project.toString(), "--ansible-playbook",
                AppProcess.fake("env-dump.sh"));
        assertEquals(0, code, Files.readString(output));
        return RunHistory.ofProject(dir).list().get(0).folder();
    }

    private static Map<String, String> variables(Path envFile) throws Exception {
        Map<String, String> vars = new HashMap<>();
        for (String line : Files.readAllLines(envFile)) {
            int eq = line.indexOf('=');
            if (eq > 0) {
                vars.put(line.substring(0, eq), line.substring(eq + 1));
            }
        }
        return vars;
    }
}
