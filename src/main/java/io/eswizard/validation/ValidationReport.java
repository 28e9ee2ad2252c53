package io.eswizard.validation;

import io.eswizard.model.field.Page;
import java.util.List;

/** The findings for one project, with the views a page or the command line needs. */
public record ValidationReport(List<Problem> problems) {

    public ValidationReport {
        problems = List.copyOf(problems);
    }

    public boolean hasErrors() {
        return problems.stream().anyMatch(Problem::isError);
    }

    public List<Problem> errors() {
        return problems.stream().filter(Problem::isError).toList();
    }

    public List<Problem> warnings() {
        return problems.stream().filter(pr -> !pr.isError()).toList();
    }

    /**
     * Findings at {@code prefix} or inside it: "nodes[1]" matches "nodes[1].address" but not
     * "nodes[10].address"; "database" matches "database.host" but not "databaseX".
     */
    public List<Problem> problemsUnder(String prefix) {
        return problems.stream().filter(pr -> isUnder(pr.fieldPath(), prefix)).toList();
    }

    /** Findings about fields that {@code page} shows. */
    public List<Problem> problemsOn(Page page) {
        return problems.stream().filter(pr -> pr.page() == page).toList();
    }

    static boolean isUnder(String path, String prefix) {
        if (prefix.isEmpty() || path.equals(prefix)) {
            return true;
        }
        return path.startsWith(prefix) && (path.charAt(prefix.length()) == '.' || path.charAt(prefix.length()) == '[');
    }
}
