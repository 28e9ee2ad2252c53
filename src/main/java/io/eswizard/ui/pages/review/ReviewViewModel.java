package io.eswizard.ui.pages.review;

import io.eswizard.ansible.Operation;
import io.eswizard.ansible.RunHistory;
import io.eswizard.ansible.RunMode;
import io.eswizard.generate.MachinePlan;
import java.io.IOException;
import java.nio.file.Path;
import io.eswizard.generate.GeneratedFiles;
import io.eswizard.generate.InventoryGenerator;
import io.eswizard.model.ClusterProject;
import io.eswizard.ui.ProjectActions;
import io.eswizard.ui.ProjectState;
import io.eswizard.validation.Problem;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ObservableList;

/**
 * The Review page: the problems as links to their fields, every setting, and the files Ansible will
 * get, generated off the UI thread; then save or export. Needs no FX toolkit.
 */
public final class ReviewViewModel {

    static final String NO_PROBLEMS = "No problems found. You can save, export or run.";

    private final ProjectState state;
    private final ProjectActions actions;
    private final Executor background;
    private final Consumer<Runnable> uiThread;
    private final ReadOnlyObjectWrapper<Map<String, List<String>>> settings = new ReadOnlyObjectWrapper<>(Map.of());
    private final ReadOnlyObjectWrapper<GeneratedFiles> files = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper filesError = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<List<MachinePlan.Machine>> plan = new ReadOnlyObjectWrapper<>(List.of());
    private final ReadOnlyBooleanWrapper hasRun = new ReadOnlyBooleanWrapper(false);

    /**
     * @param background runs the generator
     * @param uiThread   hands its result back (Platform::runLater)
     */
    public ReviewViewModel(ProjectState state, ProjectActions actions, Executor background,
                           Consumer<Runnable> uiThread) {
        this.state = state;
        this.actions = actions;
        this.background = background;
        this.uiThread = uiThread;
    }

    public ObservableList<Problem> problems() {
        return state.problems();
    }

    public ClusterProject project() {
        return state.project();
    }

    public ReadOnlyObjectProperty<ClusterProject> projectProperty() {
        return state.projectProperty();
    }

    /** Page title -> "Label: value" lines. */
    public ReadOnlyObjectProperty<Map<String, List<String>>> settingsProperty() {
        return settings.getReadOnlyProperty();
    }

    /** What a run does on each machine, in plain words. */
    public ReadOnlyObjectProperty<List<MachinePlan.Machine>> planProperty() {
        return plan.getReadOnlyProperty();
    }

    /**
     * Whether a run has changed the project's machines (a run of the playbook that was not a dry run,
     * or one cut off before it recorded what it was): only then is there a cluster to remove.
     */
    public ReadOnlyBooleanProperty hasRunProperty() {
        return hasRun.getReadOnlyProperty();
    }

    /** The inventory and variable files; null until generated. */
    public ReadOnlyObjectProperty<GeneratedFiles> filesProperty() {
        return files.getReadOnlyProperty();
    }

    /** Why the files could not be generated; empty when they were. */
    public ReadOnlyStringProperty filesErrorProperty() {
        return filesError.getReadOnlyProperty();
    }

    /** Reads the project again: the settings now, the files once the generator is done. */
    public void refresh() {
        ClusterProject p = state.project();
        settings.set(SettingsSummary.of(p, state.secretsProperty().get(), state.sudoAnsweredProperty().get()));
        plan.set(MachinePlan.of(p));
        Path file = state.fileProperty().get();
        background.execute(() -> {
            boolean ran = hasRun(file);
            uiThread.accept(() -> hasRun.set(ran));
        });
        background.execute(() -> {
            try {
                GeneratedFiles generated = InventoryGenerator.generate(p);
                uiThread.accept(() -> {
                    filesError.set("");
                    files.set(generated);
                });
            } catch (RuntimeException e) {
                uiThread.accept(() -> {
                    files.set(null);
                    filesError.set("The files cannot be generated yet: " + e.getMessage());
                });
            }
        });
    }

    static boolean hasRun(Path projectFile) {
        if (projectFile == null || projectFile.toAbsolutePath().getParent() == null) {
            return false;
        }
        try {
            return RunHistory.ofProject(projectFile.toAbsolutePath().getParent()).list().stream()
                    .anyMatch(r -> r.summary().map(s -> s.mode() == RunMode.APPLY
                            && !s.playbook().equals("teardown.yml")).orElse(true));
        } catch (IOException e) {
            return false;
        }
    }

    /** "Error in Nodes › publisher-2 › Address: …": the field as the wizard names it, then the finding. */
    public static String linkText(Problem p) {
        return (p.isError() ? "Error in " : "Warning in ") + p.field().label() + ": " + p.message();
    }

    public void goTo(Problem p) {
        actions.goToField(p.field());
    }

    public void save() {
        actions.save(saved -> { });
    }

    /** Asks where, then writes the bundle to a folder or, with {@code zip}, a zip file. */
    public void export(boolean zip) {
        actions.exportBundle(zip);
    }

    /**
     * Removes the cluster from its machines (on the Run page, which shows the run) once the user has
     * typed the project's name; false, and nothing happens, when the name is not it.
     */
    public boolean removeCluster(String typedName, boolean dropDatabases, boolean removePackages) {
        if (!Operation.Teardown.confirms(typedName, state.project().name())) {
            return false;
        }
        actions.removeCluster(new Operation.Teardown(dropDatabases, removePackages));
        return true;
    }
}
