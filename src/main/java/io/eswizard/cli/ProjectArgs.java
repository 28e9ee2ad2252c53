package io.eswizard.cli;

import io.eswizard.model.ClusterProject;
import io.eswizard.model.field.FieldRef;
import io.eswizard.project.ProjectFileException;
import io.eswizard.project.ProjectFiles;
import io.eswizard.validation.ClusterValidator;
import io.eswizard.validation.Problem;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.List;

/** What several commands do with their FILE argument: open it, check it, print the findings. */
final class ProjectArgs {

    private ProjectArgs() {
    }

    static ClusterProject open(Path file) {
        try {
            return ProjectFiles.load(file);
        } catch (ProjectFileException e) {
            throw CliException.usage(e.getMessage());
        }
    }

    /**
     * Opens FILE for a command that acts on the machines ({@code doing}: "running", "verifying"):
     * prints every finding, and refuses a project with errors.
     */
    static ClusterProject openWithoutErrors(Path file, PrintWriter err, String doing) {
        ClusterProject p = open(file);
        if (printProblems(p, err)) {
            throw new CliException(EsWizardCli.PROJECT_HAS_ERRORS, file + " has errors; fix them (see 'validate') "
                    + "before " + doing);
        }
        return p;
    }

    /**
     * Prints every finding as {@code ERROR  nodes[1].address (Nodes › store-2 › Address): message}: the path
     * for scripts, the label for people; true when there are errors.
     */
    static boolean printProblems(ClusterProject p, PrintWriter out) {
        List<Problem> problems = ClusterValidator.validate(p);
        for (Problem problem : problems) {
            out.printf("%-5s  %s%n", problem.severity().name(), describe(problem));
        }
        out.flush();
        return problems.stream().anyMatch(Problem::isError);
    }

    /** {@code nodes[1].address (Nodes › store-2 › Address): message}. */
    static String describe(Problem problem) {
        return problem.fieldPath() + " (" + printable(problem.field().label()) + "): " + problem.message();
    }

    /** The label with '>' between its parts where the console's character set has no '›'. */
    static String printable(String label) {
        return Charset.defaultCharset().newEncoder().canEncode(FieldRef.SEPARATOR)
                ? label : label.replace(FieldRef.SEPARATOR, " > ");
    }
}
