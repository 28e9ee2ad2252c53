package io.eswizard.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The options of every command that runs a playbook of the project (run, teardown, rollback). */
final class RunOptions {

    @Option(names = "--run-dir", paramLabel = "DIR",
            description = "where the timestamped run folders go (default: .esw-runs next to FILE)")
    Path runDir;

    @Option(names = "--secrets-file", paramLabel = "F",
            description = "YAML with databasePassword (and databaseAdminPassword, becomePassword for sudo, "
                    + "becomePasswords per machine address), mode 600; otherwise ESW_DB_PASSWORD / "
                    + "ESW_DB_ADMIN_PASSWORD / ESW_BECOME_PASSWORD or a prompt")
    Path secretsFile;

    @Option(names = "--ansible-playbook", paramLabel = "PATH", description = "the ansible-playbook to use "
            + "(default: the one on PATH)")
    String ansiblePlaybook;
}
