package io.eswizard.ansible;

import java.nio.file.Path;
import java.util.List;

/**
 * One playbook run. The run folder holds ansible.cfg, the playbook, roles/ and the generated
 * inventory/; the runner also writes the log, event file and summary there.
 *
 * @param secretsContent the vars file with the passwords (see SecretsFile), or empty for none
 * @param secretValues   the passwords themselves, masked in everything logged
 * @param tasksPlanned   estimate for the progress bar; 0 = unknown
 * @param expectedHosts  inventory hosts the run will touch, shown as waiting until they report
 * @param privateFiles   files of the run folder (relative) that the run needs and nobody keeps: a
 *                       provided TLS private key; deleted when the run ends
 */
public record RunRequest(Path runFolder, String playbook, String inventory, RunMode mode, List<String> limit,
                         String secretsContent, List<String> secretValues, int tasksPlanned,
                         List<String> expectedHosts, List<String> privateFiles) {

    public static final String DEFAULT_PLAYBOOK = "site.yml";
    public static final String DEFAULT_INVENTORY = "inventory/hosts.yml";

    public RunRequest {
        limit = List.copyOf(limit);
        secretValues = List.copyOf(secretValues);
        secretsContent = secretsContent == null ? "" : secretsContent;
        expectedHosts = List.copyOf(expectedHosts);
        privateFiles = List.copyOf(privateFiles);
    }

    public static RunRequest of(Path runFolder, RunMode mode) {
        return new RunRequest(runFolder, DEFAULT_PLAYBOOK, DEFAULT_INVENTORY, mode, List.of(), "", List.of(), 0,
                List.of(), List.of());
    }

    public RunRequest withLimit(List<String> hosts) {
        return new RunRequest(runFolder, playbook, inventory, mode, hosts, secretsContent, secretValues, tasksPlanned,
                expectedHosts, privateFiles);
    }

    public RunRequest withSecrets(String content, List<String> values) {
        return new RunRequest(runFolder, playbook, inventory, mode, limit, content, values, tasksPlanned, expectedHosts,
                privateFiles);
    }

    public RunRequest withTasksPlanned(int n) {
        return new RunRequest(runFolder, playbook, inventory, mode, limit, secretsContent, secretValues, n, expectedHosts,
                privateFiles);
    }

    /** Hosts the status grid shows as waiting before their first result. */
    public RunRequest withExpectedHosts(List<String> hosts) {
        return new RunRequest(runFolder, playbook, inventory, mode, limit, secretsContent, secretValues, tasksPlanned,
                hosts, privateFiles);
    }

    public RunRequest withPlaybook(String name) {
        return new RunRequest(runFolder, name, inventory, mode, limit, secretsContent, secretValues, tasksPlanned,
                expectedHosts, privateFiles);
    }

    /** Files of the run folder to delete when the run ends (relative to it). */
    public RunRequest withPrivateFiles(List<String> files) {
        return new RunRequest(runFolder, playbook, inventory, mode, limit, secretsContent, secretValues, tasksPlanned,
                expectedHosts, files);
    }
}
