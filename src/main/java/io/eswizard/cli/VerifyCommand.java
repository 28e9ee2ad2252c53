package io.eswizard.cli;

import io.eswizard.ansible.AnsibleNotFoundException;
import io.eswizard.ansible.AnsibleTools;
import io.eswizard.bundle.BundleException;
import io.eswizard.model.ClusterProject;
import io.eswizard.model.DerivedUrls;
import io.eswizard.model.Secrets;
import io.eswizard.verify.ClusterVerifier;
import io.eswizard.verify.VerifyReport;
import io.eswizard.verify.VerifyRun;
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

@Command(name = "verify", mixinStandardHelpOptions = true,
        description = "Checks that the configured cluster works (the bundle's verify.yml): every node answers, "
                + "joined the cluster and logs in to the databases; each public host name reaches its nodes "
                + "through the load balancer; logging in goes to the Identity Server with the right issuer and "
                + "return URL, and the Identity Server has loaded the service providers.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every check passed", "1:a check failed, or the project has errors",
                "2:unreadable file or wrong usage", "127:ansible-playbook not found"})
final class VerifyCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "the project file (.eswiz or .yaml)")
    Path file;

    @Mixin
    AnsibleOptions ansible = new AnsibleOptions();

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ClusterProject p = ProjectArgs.openWithoutErrors(file, err, "verifying");
        Secrets secrets = ansible.secrets(p, err);
        AnsibleTools tools = ansible.tools();
        CheckPrinter printer = new CheckPrinter(out);
        VerifyRun run;
        try {
            out.println("Verifying " + p.name() + " (" + ClusterVerifier.PLAYBOOK + "):");
            out.flush();
            run = ClusterVerifier.forProjectFile(tools, file).start(p, secrets, printer::print);
        } catch (AnsibleNotFoundException e) {
            err.println(e.getMessage());
            return RunCommand.ANSIBLE_NOT_FOUND;
        } catch (BundleException e) {
            throw CliException.usage(e.getMessage());
        }
        VerifyReport report = run.await();
        printer.printRest(report);
        printer.printSummary(report, DerivedUrls.publicBase(p, p.hostNames().publisher()) + "/publisher/",
                DerivedUrls.publicBase(p, p.hostNames().store()) + "/store/");
        return report.passed() ? EsWizardCli.OK : EsWizardCli.PROJECT_HAS_ERRORS;
    }
}
