package io.eswizard.cli;

import io.eswizard.model.ClusterProject;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Checks a project and prints every problem. Exit 0: fine, 1: errors, 2: unreadable file.")
final class ValidateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "the project file (.eswiz or .yaml)")
    Path file;

    @Override
    public Integer call() {
        ClusterProject p = ProjectArgs.open(file);
        boolean errors = ProjectArgs.printProblems(p, spec.commandLine().getOut());
        if (errors) {
            return EsWizardCli.PROJECT_HAS_ERRORS;
        }
        spec.commandLine().getOut().println(file + ": no errors");
        return EsWizardCli.OK;
    }
}
