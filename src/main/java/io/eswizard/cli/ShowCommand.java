package io.eswizard.cli;

import io.eswizard.generate.GeneratedFiles;
import io.eswizard.generate.InventoryGenerator;
import io.eswizard.generate.SecretsFile;
import io.eswizard.model.ClusterProject;
import io.eswizard.project.SecretsSource;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "show", mixinStandardHelpOptions = true,
        description = "Prints the Ansible inventory and variables the project generates, and the passwords "
                + "a run will need (never their values).")
final class ShowCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "the project file (.eswiz or .yaml)")
    Path file;

    @Override
    public Integer call() {
        ClusterProject p = ProjectArgs.open(file);
        GeneratedFiles generated = InventoryGenerator.generate(p);
        PrintWriter out = spec.commandLine().getOut();
        generated.files().forEach((path, content) -> {
            out.println("==> " + path + " <==");
            out.print(content);
            out.println();
        });
        out.println("==> secrets needed at run time (not stored) <==");
        out.println(SecretsFile.DB_PASSWORD_VAR + ": password of MySQL user '" + p.database().appUser() + "' ("
                + SecretsSource.DB_PASSWORD_ENV + " or " + SecretsSource.DB_PASSWORD_KEY + " in --secrets-file)");
        if (SecretsSource.needsAdminPassword(p)) {
            out.println(SecretsFile.DB_ADMIN_PASSWORD_VAR + ": password of MySQL admin '" + p.database().adminUser()
                    + "' (" + SecretsSource.DB_ADMIN_PASSWORD_ENV + " or " + SecretsSource.DB_ADMIN_PASSWORD_KEY
                    + " in --secrets-file)");
        }
        if (p.connection().become()) {
            out.println(SecretsFile.BECOME_PASSWORD_VAR + ": sudo password of '" + p.connection().sshUser()
                    + "' on the machines, when sudo asks for one (" + SecretsSource.BECOME_PASSWORD_ENV + ", or "
                    + SecretsSource.BECOME_PASSWORD_KEY + " and per machine " + SecretsSource.BECOME_PASSWORDS_KEY
                    + " in --secrets-file)");
        }
        out.flush();
        return EsWizardCli.OK;
    }
}
