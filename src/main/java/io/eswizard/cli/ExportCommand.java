package io.eswizard.cli;

import io.eswizard.bundle.BundleException;
import io.eswizard.bundle.BundleWriter;
import io.eswizard.model.ClusterProject;
import io.eswizard.model.Secrets;
import io.eswizard.project.PrivateFiles;
import io.eswizard.project.RegularFiles;
import io.eswizard.validation.PasswordRules;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Writes a self-contained bundle (playbook, inventory, JDBC driver, README) that runs with "
                + "'ansible-playbook site.yml'. Passwords go in only encrypted, with --vault-password-file.")
final class ExportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "the project file (.eswiz or .yaml)")
    Path file;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "bundle folder (or .zip with --zip)")
    Path out;

    @Option(names = "--zip", description = "write a .zip file instead of a folder")
    boolean zip;

    @Option(names = "--vault-password-file", paramLabel = "F",
            description = "seal the passwords in the bundle with ansible-vault, using the password in F "
                    + "(mode 600, at least 16 characters)")
    Path vaultPasswordFile;

    @Option(names = "--secrets-file", paramLabel = "F",
            description = "YAML with databasePassword (and databaseAdminPassword, becomePassword, becomePasswords), "
                    + "mode 600; otherwise ESW_DB_PASSWORD / ESW_DB_ADMIN_PASSWORD / ESW_BECOME_PASSWORD or a prompt")
    Path secretsFile;

    @Option(names = "--force", description = "replace an existing, non-empty --out")
    boolean force;

    @Override
    public Integer call() throws IOException {
        ClusterProject p = ProjectArgs.open(file);
        if (ProjectArgs.printProblems(p, spec.commandLine().getErr())) {
            spec.commandLine().getErr().println(file + " has errors; fix them (see 'validate') before exporting");
            return EsWizardCli.PROJECT_HAS_ERRORS;
        }
        if (secretsFile != null && vaultPasswordFile == null) {
            throw CliException.usage("--secrets-file needs --vault-password-file: passwords go into a bundle "
                    + "only encrypted");
        }
        BundleWriter.ExportOptions options = BundleWriter.ExportOptions.plain(zip, force);
        if (vaultPasswordFile != null) {
            char[] vaultPassword = readVaultPassword(vaultPasswordFile);
            Secrets secrets = Passwords.all(p, secretsFile, spec.commandLine().getErr());
            options = new BundleWriter.ExportOptions(zip, force, secrets, vaultPassword);
        }
        try {
            BundleWriter.export(p, out, options);
        } catch (BundleException e) {
            throw CliException.usage(e.getMessage());
        }
        spec.commandLine().getOut().println("Bundle written to " + out + (options.secrets() == null
                ? " (passwords not included: see its README.md)" : " (passwords sealed with ansible-vault)"));
        return EsWizardCli.OK;
    }

    /**
     * Like ansible-vault: the file's content without trailing line breaks and spaces. The file must be the
     * owner's alone, like a secrets file, and the password at least {@link PasswordRules#MIN_VAULT} characters.
     */
    static char[] readVaultPassword(Path f) {
        String text;
        try {
            text = new String(PrivateFiles.read(f, "vault password file"), StandardCharsets.UTF_8).stripTrailing();
        } catch (RegularFiles.NotReadable e) {
            throw CliException.usage(f + ": " + e.getMessage());
        }
        if (text.isEmpty()) {
            throw CliException.usage(f + ": the vault password file is empty");
        }
        String password = text;
        PasswordRules.whyVaultPasswordTooShort(password).ifPresent(why -> {
            throw CliException.usage(f + ": " + why);
        });
        return password.toCharArray();
    }
}
