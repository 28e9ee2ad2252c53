package io.eswizard.cli;

import io.eswizard.ansible.AnsibleTools;
import io.eswizard.model.ClusterProject;
import io.eswizard.model.Secrets;
import java.io.PrintWriter;
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

    /** Every password the project needs (SecretsSource's order, PasswordRules' lengths); else a usage error. */
    Secrets secrets(ClusterProject p, PrintWriter err) {
        return Passwords.all(p, secretsFile, err);
    }

    /** Only the sudo passwords, for commands that do not touch the database. */
    Secrets sudoPasswords(ClusterProject p, PrintWriter err) {
        return Passwords.sudo(p, secretsFile, err);
    }

    AnsibleTools tools() {
        return ansiblePlaybook == null ? AnsibleTools.onPath() : AnsibleTools.onPath().withPlaybook(ansiblePlaybook);
    }
}
