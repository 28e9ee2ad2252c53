package io.eswizard.ui;

import io.eswizard.model.ClusterProject;
import io.eswizard.model.Secrets;
import io.eswizard.project.ProjectFileException;
import io.eswizard.project.ProjectFiles;
import io.eswizard.validation.ClusterValidator;
import io.eswizard.validation.Problem;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * The one place the UI calls into the core for validation and project files, so the rules and
 * the file format live only there.
 */
public final class CoreServices {

    private CoreServices() {
    }

    public static List<Problem> validate(ClusterProject project) {
        return ClusterValidator.validate(project);
    }

    /** The project's findings and those about the passwords typed in this session. */
    public static List<Problem> validate(ClusterProject project, Secrets secrets) {
        return ClusterValidator.validate(project, secrets);
    }

    /** @throws ProjectFileException with a user-facing message when the file cannot be read */
    public static ClusterProject load(Path file) throws ProjectFileException {
        return ProjectFiles.load(file);
    }

    public static void save(Path file, ClusterProject project) throws IOException {
        ProjectFiles.save(file, project);
    }
}
