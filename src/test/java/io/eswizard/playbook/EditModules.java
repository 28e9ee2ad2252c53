package io.eswizard.playbook;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.eswizard.ansible.AnsibleTools;
import io.eswizard.testsupport.Prerequisites;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs the playbook's own modules (ansible/library, ansible/module_utils) for real: one
 * ansible-playbook run on localhost with a task per call, every task with diff and
 * ignore_errors, results read from the ansible.posix.jsonl events.
 */
final class EditModules {

    private static final Path ANSIBLE = Path.of("ansible").toAbsolutePath();
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Each call's result in order, and everything ansible-playbook printed. */
    record Outcome(List<JsonNode> results, String output) {
        JsonNode result(int index) {
            return results.get(index);
        }
    }

    private EditModules() {
    }

    /** In CI a missing Ansible fails the test; elsewhere the test is skipped, saying why. */
    static void requireAnsible() {
        Prerequisites.require(AnsibleTools.locate("ansible-playbook").isPresent(),
                "ansible-playbook is not installed (sudo apt-get install -y ansible python3-lxml)");
    }

    static Outcome run(Path workDir, ModuleCall... calls) throws IOException, InterruptedException {
        requireAnsible();
        Path run = Files.createTempDirectory(workDir, "run-");
        Path playbook = run.resolve("play.yml");
        Files.writeString(playbook, playbook(calls), StandardCharsets.UTF_8);
        Path emptyConfig = Files.writeString(run.resolve("ansible.cfg"), "");
        Path log = run.resolve("out.jsonl");
        ProcessBuilder pb = new ProcessBuilder("ansible-playbook", "-i", "localhost,", "-c", "local",
                "-e", "ansible_python_interpreter=/usr/bin/python3", playbook.toString())
                .directory(run.toFile()).redirectErrorStream(true).redirectOutput(log.toFile());
        Map<String, String> env = pb.environment();
        env.put("ANSIBLE_CONFIG", emptyConfig.toString());
        env.put("ANSIBLE_LIBRARY", ANSIBLE.resolve("library").toString());
        env.put("ANSIBLE_MODULE_UTILS", ANSIBLE.resolve("module_utils").toString());
        env.put("ANSIBLE_STDOUT_CALLBACK", "ansible.posix.jsonl");
        env.put("ANSIBLE_LOCAL_TEMP", run.resolve("tmp-local").toString());
        env.put("ANSIBLE_REMOTE_TEMP", run.resolve("tmp-remote").toString());
        env.put("ANSIBLE_NOCOLOR", "1");
        Process p = pb.start();
        if (!p.waitFor(2, TimeUnit.MINUTES)) {
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly();
            throw new IllegalStateException("ansible-playbook did not finish in 2 minutes; log " + log);
        }
        String output = Files.readString(log, StandardCharsets.UTF_8);
        List<JsonNode> results = new ArrayList<>();
        for (String line : output.split("\n")) {
            if (line.startsWith("{\"_event\":\"v2_runner_on_ok\"") || line.startsWith("{\"_event\":\"v2_runner_on_failed\"")) {
                results.add(JSON.readTree(line).path("hosts").path("localhost"));
            }
        }
        if (results.size() != calls.length) {
            throw new IllegalStateException("expected " + calls.length + " results, got " + results.size() + ":\n" + output);
        }
        return new Outcome(results, output);
    }

    private static String playbook(ModuleCall... calls) {
        StringBuilder yaml = new StringBuilder("- hosts: localhost\n  gather_facts: false\n  tasks:\n");
        for (int i = 0; i < calls.length; i++) {
            ModuleCall c = calls[i];
            yaml.append("    - name: call ").append(i + 1).append('\n')
                    .append("      ").append(c.module()).append(": ").append(UnsafeFlowYaml.of(c.args())).append('\n')
                    .append("      check_mode: ").append(c.checkMode()).append('\n')
                    .append("      diff: true\n")
                    .append("      ignore_errors: true\n");
        }
        return yaml.toString();
    }
}
