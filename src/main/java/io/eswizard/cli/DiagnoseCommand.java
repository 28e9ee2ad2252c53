package io.eswizard.cli;

import io.eswizard.ansible.AnsibleNotFoundException;
import io.eswizard.ansible.AnsibleTools;
import io.eswizard.bundle.BundleException;
import io.eswizard.diagnose.DiagnoseRun;
import io.eswizard.diagnose.Diagnostics;
import io.eswizard.diagnose.DiagnosticsResult;
import io.eswizard.diagnose.MachineOutcome;
import io.eswizard.model.ClusterProject;
import io.eswizard.model.Secrets;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "diagnose", mixinStandardHelpOptions = true,
        description = "Writes a diagnostics bundle to send to whoever helps you (diagnose.yml): from every machine "
                + "it reaches, the files the playbook writes, the end of the servers' logs, versions, nginx -T, "
                + "service states, listening ports, clock, disk and memory; from this machine the project file, "
                + "the latest runs and the latest verify. Every password and key is masked; README.txt inside "
                + "lists what it holds. Machines that cannot be reached are named there.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:written, with every machine", "1:the project has errors, or no bundle was written",
                "2:unreadable file or wrong usage (--out exists, or its folder does not)",
                "4:written without the machines it names", "127:ansible-playbook not found"})
final class DiagnoseCommand implements Callable<Integer> {

    static final int WITHOUT_SOME_MACHINES = 4;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "the project file (.eswiz or .yaml)")
    Path file;

    @Option(names = "--out", paramLabel = "DIR|ZIP", required = true,
            description = "the bundle to write: a ZIP file (a name ending in .zip) or a new folder; never replaced")
    Path out;

    @Mixin
    AnsibleOptions ansible = new AnsibleOptions();

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try {
            Diagnostics.checkTarget(this.out);
        } catch (IllegalArgumentException e) {
            throw CliException.usage(e.getMessage());
        }
        ClusterProject p = ProjectArgs.openWithoutErrors(file, err, "gathering diagnostics of");
        Secrets secrets = ansible.secrets(p, err);
        AnsibleTools tools = ansible.tools();
        DiagnoseRun run;
        try {
            out.println("Gathering diagnostics of " + p.name() + " (" + Diagnostics.PLAYBOOK + "):");
            out.flush();
            run = new Diagnostics(tools, file).start(p, secrets, this.out, commandLine(),
                    new RunCommand.TerminalProgress(out));
        } catch (AnsibleNotFoundException e) {
            err.println(e.getMessage());
            return RunCommand.ANSIBLE_NOT_FOUND;
        } catch (BundleException e) {
            throw CliException.usage(e.getMessage());
        } catch (IllegalArgumentException e) {
            throw CliException.usage(e.getMessage());
        }
        DiagnosticsResult result;
        try {
            result = run.await();
        } catch (IOException e) {
            err.println("es-cluster-wizard diagnose: no bundle was written: " + e.getMessage());
            return EsWizardCli.PROJECT_HAS_ERRORS;
        }
        for (MachineOutcome m : result.missing()) {
            out.println("Not gathered: " + m.host() + " (" + m.address() + "): " + m.why());
        }
        out.println("Diagnostics bundle: " + result.bundle() + " (README.txt inside lists what it holds)");
        out.flush();
        return result.missing().isEmpty() ? EsWizardCli.OK : WITHOUT_SOME_MACHINES;
    }

    /** The command as typed, for the bundle's README: paths and options, never a password. */
    private String commandLine() {
        StringBuilder sb = new StringBuilder("es-cluster-wizard diagnose ").append(file).append(" --out ").append(out);
        if (ansible.secretsFile != null) {
            sb.append(" --secrets-file ").append(ansible.secretsFile);
        }
        if (ansible.ansiblePlaybook != null) {
            sb.append(" --ansible-playbook ").append(ansible.ansiblePlaybook);
        }
        return sb.toString();
    }
}
