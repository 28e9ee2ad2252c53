package io.eswizard.cli;

import io.eswizard.ansible.AnsibleTools;
import io.eswizard.ansible.PreflightCheck;
import io.eswizard.ansible.PreflightReport;
import io.eswizard.ansible.ProjectRuns;
import io.eswizard.bundle.BundleException;
import io.eswizard.model.ClusterProject;
import io.eswizard.model.Secrets;
import io.eswizard.project.SecretsSource;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "preflight", mixinStandardHelpOptions = true,
        description = "Checks Ansible on this machine and every host (SSH, Python, root via sudo) before a run.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every check passed", "1:a check failed (see what to do)", "2:unreadable file"})
final class PreflightCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "the project file (.eswiz or .yaml)")
    Path file;

    @Option(names = "--limit", paramLabel = "HOSTS", split = ",", description = "only these inventory hosts")
    List<String> limit = List.of();

    @Option(names = "--ansible-playbook", paramLabel = "PATH", description = "the ansible-playbook to use "
            + "(default: the one on PATH)")
    String ansiblePlaybook;

    @Option(names = "--secrets-file", paramLabel = "F",
            description = "YAML with becomePassword (the sudo password), mode 600; otherwise ESW_BECOME_PASSWORD "
                    + "or a prompt; none when sudo asks for no password")
    Path secretsFile;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        ClusterProject p = ProjectArgs.open(file);
        AnsibleTools tools = ansiblePlaybook == null ? AnsibleTools.onPath()
                : AnsibleTools.onPath().withPlaybook(ansiblePlaybook);
        Secrets secrets;
        try {
            secrets = SecretsSource.resolveBecome(p, secretsFile, System.getenv(), System.console());
        } catch (SecretsSource.SecretsException e) {
            throw CliException.usage(e.getMessage());
        }
        PreflightReport report;
        try {
            report = ProjectRuns.forProjectFile(tools, file).preflight(p, secrets, limit);
        } catch (BundleException e) {
            throw CliException.usage(e.getMessage());
        }
        print(out, report);
        return report.passed() ? EsWizardCli.OK : EsWizardCli.PROJECT_HAS_ERRORS;
    }

    static void print(PrintWriter out, PreflightReport report) {
        for (PreflightCheck c : report.checks()) {
            out.printf("%-4s %-16s %-20s %s%n", c.ok() ? "ok" : "FAIL", c.host(), c.check(),
                    c.detail().replace('\n', ' '));
            if (!c.ok()) {
                out.println("     what to do: " + c.remedy());
            }
        }
        out.println(report.passed() ? "Preflight passed." : report.failures().size() + " check(s) failed.");
        out.flush();
    }
}
