package io.eswizard.validation;

import io.eswizard.model.ClusterProject;
import io.eswizard.model.field.Field;
import java.util.List;

/** The project as a whole: its name ({@link ProjectNames}). */
final class ProjectRules {

    private ProjectRules() {
    }

    static void check(ClusterProject p, List<Problem> out) {
        String name = Text.of(p.name());
        if (name.isBlank()) {
            out.add(Problem.error(Field.NAME, "The project has no name. Give it a short name, e.g. es-production."));
        } else if (!ProjectNames.hasValidCharacters(name)) {
            out.add(Problem.error(Field.NAME, "The project name '" + name + "' may only use " + ProjectNames.RULE
                    + ". Use e.g. " + ProjectNames.suggest(name) + "."));
        } else if (ProjectNames.length(name) > ProjectNames.MAX) {
            out.add(Problem.error(Field.NAME, "The project name has " + ProjectNames.length(name) + " characters;"
                    + " at most " + ProjectNames.MAX + " fit in titles and file headers. Shorten it."));
        }
    }
}
