package io.eswizard.ui;

import io.eswizard.model.ClusterProject;
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
        return List.of(); // CORE-PENDING: io.eswizard.validation.ClusterValidator.validate(project)
    }

    /** @throws IOException with a user-facing message when the file cannot be read */
    public static ClusterProject load(Path file) throws IOException {
        throw new IOException("Opening project files is not available in this build yet."); // CORE-PENDING
    }

    public static void save(Path file, ClusterProject project) throws IOException {
        throw new IOException("Saving project files is not available in this build yet."); // CORE-PENDING
    }
}
