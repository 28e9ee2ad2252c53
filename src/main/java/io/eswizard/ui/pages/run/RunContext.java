package io.eswizard.ui.pages.run;

import io.eswizard.ansible.AnsibleTools;
import io.eswizard.ansible.ProjectRuns;
import io.eswizard.model.ClusterProject;
import io.eswizard.model.Secrets;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * What the Run and Verify pages' models work with: the project as it is now, its passwords and file,
 * whether someone said what sudo asks for, where long work runs and how its results come back to the
 * UI thread, and the Ansible tools.
 *
 * @param sudoAnswered someone said what sudo asks for (a password, or none)
 * @param background   runs ansible-playbook, the preflight and file reads
 * @param uiThread     hands results back (Platform::runLater; tests run them at once)
 * @param unsaved      the project has changes its file does not have yet
 */
public record RunContext(Supplier<ClusterProject> project, Supplier<Secrets> secrets, Supplier<Path> projectFile,
                         BooleanSupplier sudoAnswered, Executor background, Consumer<Runnable> uiThread,
                         AnsibleTools tools, BooleanSupplier unsaved) {

    /** For a project whose file holds every change (tests, and pages that do not change servers). */
    public RunContext(Supplier<ClusterProject> project, Supplier<Secrets> secrets, Supplier<Path> projectFile,
                      BooleanSupplier sudoAnswered, Executor background, Consumer<Runnable> uiThread,
                      AnsibleTools tools) {
        this(project, secrets, projectFile, sudoAnswered, background, uiThread, tools, () -> false);
    }

    /** Where the project's runs live; empty until the project is saved. */
    public Optional<ProjectRuns> runs() {
        Path file = projectFile.get();
        return file == null ? Optional.empty() : Optional.of(ProjectRuns.forProjectFile(tools, file));
    }

    /** The message of a failure, or its type when it has none. */
    public static String why(Exception e) {
        return e.getMessage() == null ? e.toString() : e.getMessage();
    }
}
