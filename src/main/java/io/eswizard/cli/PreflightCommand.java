package io.eswizard.cli;

import io.eswizard.ansible.AnsibleTools;
import io.eswizard.ansible.PreflightCheck;
import io.eswizard.ansible.PreflightReport;
import io.eswizard.ansible.ProjectRuns;
import io.eswizard.bundle.BundleException;
import io.eswizard.model.ClusterProject;
import io.eswizard.model.Secrets;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
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

    @Mixin
    AnsibleOptions ansible = new AnsibleOptions();

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        ClusterProject p = ProjectArgs.open(file);
        AnsibleTools tools = ansible.tools();
        Secrets secrets = ansible.sudoPasswords(p, spec.commandLine().getErr());
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
