package io.eswizard.cli;

import io.eswizard.ansible.AnsibleTools;
import io.eswizard.model.ClusterProject;
import io.eswizard.model.Secrets;
import io.eswizard.project.SecretsSource;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Options of the commands that run Ansible on the project's machines: the passwords and ansible-playbook. */
final class AnsibleOptions {

    @Option(names = "--secrets-file", paramLabel = "F",
            description = "YAML with databasePassword (and databaseAdminPassword, becomePassword for sudo, "
                    + "becomePasswords per machine address), mode 600; otherwise ESW_DB_PASSWORD / "
                    + "ESW_DB_ADMIN_PASSWORD / ESW_BECOME_PASSWORD or a prompt")
    Path secretsFile;

    @Option(names = "--ansible-playbook", paramLabel = "PATH", description = "the ansible-playbook to use "
            + "(default: the one on PATH)")
    String ansiblePlaybook;

    /** Every password the project needs (SecretsSource's order); a missing one is a usage error. */
    Secrets secrets(ClusterProject p) {
        try {
            return SecretsSource.resolve(p, secretsFile, System.getenv(), System.console());
        } catch (SecretsSource.SecretsException e) {
            throw CliException.usage(e.getMessage());
        }
    }

    /** Only the sudo passwords, for commands that do not touch the database. */
    Secrets sudoPasswords(ClusterProject p) {
        try {
            return SecretsSource.resolveBecome(p, secretsFile, System.getenv(), System.console());
        } catch (SecretsSource.SecretsException e) {
            throw CliException.usage(e.getMessage());
        }
    }

    AnsibleTools tools() {
        return ansiblePlaybook == null ? AnsibleTools.onPath() : AnsibleTools.onPath().withPlaybook(ansiblePlaybook);
    }
}
