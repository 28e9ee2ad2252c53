package io.eswizard.cli;

import io.eswizard.model.ClusterProject;
import io.eswizard.model.Secrets;
import io.eswizard.project.SecretsSource;
import io.eswizard.validation.PasswordRules;
import io.eswizard.validation.Problem;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The passwords of a command, from {@link SecretsSource}, held to {@link PasswordRules}: a password the
 * admin chooses that is too short is a usage error naming where it came from and its field; a short sudo
 * password is a warning on stderr.
 */
final class Passwords {

    private Passwords() {
    }

    /** Every password the project needs. */
    static Secrets all(ClusterProject p, Path secretsFile, PrintWriter err) {
        try {
            return checked(p, SecretsSource.resolve(p, secretsFile, System.getenv(), System.console()), secretsFile,
                    err);
        } catch (SecretsSource.SecretsException e) {
            throw CliException.usage(e.getMessage());
        }
    }

    /** Only the sudo passwords, for commands that do not touch the database. */
    static Secrets sudo(ClusterProject p, Path secretsFile, PrintWriter err) {
        try {
            return checked(p, SecretsSource.resolveBecome(p, secretsFile, System.getenv(), System.console()),
                    secretsFile, err);
        } catch (SecretsSource.SecretsException e) {
            throw CliException.usage(e.getMessage());
        }
    }

    static Secrets checked(ClusterProject p, Secrets secrets, Path secretsFile, PrintWriter err) {
        Map<String, String> env = System.getenv();
        List<Problem> problems = PasswordRules.check(p, secrets);
        for (Problem warning : problems.stream().filter(pr -> !pr.isError()).toList()) {
            err.println("WARNING  " + SecretsSource.sourceOf(warning.field().field(), secretsFile, env) + ": "
                    + ProjectArgs.describe(warning));
        }
        err.flush();
        problems.stream().filter(Problem::isError).findFirst().ifPresent(error -> {
            throw CliException.usage(SecretsSource.sourceOf(error.field().field(), secretsFile, env) + ": "
                    + ProjectArgs.describe(error));
        });
        return secrets;
    }
}
