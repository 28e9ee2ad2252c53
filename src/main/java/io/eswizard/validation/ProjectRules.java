package io.eswizard.validation;

import io.eswizard.model.field.Field;
import io.eswizard.model.ClusterProject;
import java.util.List;

/** The project as a whole: its name. */
final class ProjectRules {

    private ProjectRules() {
    }

    static void check(ClusterProject p, List<Problem> out) {
        String name = Text.of(p.name());
        if (name.isBlank()) {
            out.add(Problem.error(Field.NAME, "The project has no name. Give it a short name, e.g. es-production."));
        } else if (name.contains("\n") || name.contains("\r")) {
            out.add(Problem.error(Field.NAME, "The project name contains a line break. Put the name on one line."));
        }
    }
}
