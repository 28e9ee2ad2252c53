package io.eswizard.ansible;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Runs the bundled {@code preflight.yml} against a run folder's inventory and reads its findings:
 * every task named {@code check <id>: <what>} gives one finding per host, from the task's
 * {@code msg {ok, detail}} or from its failure (see ansible/preflight.yml).
 */
final class PreflightPlaybook {

    static final String PLAYBOOK = "preflight.yml";
    /** Extra variable that names this preflight's short-lived listeners, so that only they are stopped. */
    static final String TOKEN_VAR = "es_preflight_token";
    static final long TIMEOUT_SECONDS = 600;

    private PreflightPlaybook() {
    }

    /** The command, with the secrets file (when given) as {@code -e @file}, never a value. */
    static List<String> command(Path playbook, String inventory, List<String> limit, Path secretsFile) {
        List<String> c = new ArrayList<>(List.of(playbook.toString(), "-i", inventory, PLAYBOOK));
        if (!limit.isEmpty()) {
            c.add("--limit");
            c.add(String.join(",", limit));
        }
        if (secretsFile != null) {
            c.add("-e");
            c.add("@" + secretsFile);
        }
        c.add("-e");
        c.add(TOKEN_VAR + "=" + UUID.randomUUID().toString().replace("-", ""));
        return c;
    }

    /** @param transientFiles the files the secrets are in: they go when the playbook ends or the app dies */
    static List<PreflightCheck> run(Path playbook, Path runFolder, String inventory, List<String> limit,
                                    Path secretsFile, List<Path> transientFiles) throws IOException {
        AdHocCommand.Output out = AdHocCommand.run(command(playbook, inventory, limit, secretsFile), runFolder,
                TIMEOUT_SECONDS, transientFiles);
        List<PreflightCheck> checks = PreflightFindings.read(out.text());
        if (checks.isEmpty()) {
            checks = List.of(PreflightCheck.failed(PreflightCheck.CONTROLLER, "preflight playbook",
                    ErrorText.tail(out.text().strip()), "The checks on the machines did not run; the message "
                            + "above says why (often the inventory or a file of the run folder)."));
        }
        return checks;
    }
}
