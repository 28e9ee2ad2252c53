package io.eswizard.ui;

import java.util.concurrent.ExecutorService;

/**
 * What a page gets from the shell: the project state (project, file, secrets, problems),
 * an executor for long work (file I/O, generation, export, runs) and the project actions.
 *
 * @param state      the edited project; {@code state.project()} is always the current record
 * @param background executor for work that must stay off the FX thread
 * @param actions    new / open / save and friends, as the menu does them
 */
public record WizardContext(ProjectState state, ExecutorService background, ProjectActions actions) {
}
