package io.eswizard.ui;

import io.eswizard.model.ClusterProject;
import io.eswizard.model.Secrets;
import io.eswizard.validation.Problem;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The project being edited in this session: the record the pages edit, the last saved
 * version (for dirty tracking), its file, the in-memory secrets and the validator's findings.
 * Needs no FX toolkit.
 */
public final class ProjectState {

    private final ReadOnlyObjectWrapper<ClusterProject> project;
    private final ReadOnlyObjectWrapper<ClusterProject> saved;
    private final ObjectProperty<Path> file = new SimpleObjectProperty<>();
    private final ObjectProperty<Secrets> secrets = new SimpleObjectProperty<>(Secrets.NONE);
    private final BooleanProperty sudoAnswered = new SimpleBooleanProperty(false);
    private final ObservableList<Problem> problems = FXCollections.observableArrayList();
    private final BooleanBinding dirty;
    private final List<Consumer<ClusterProject>> replaceListeners = new ArrayList<>();

    public ProjectState(ClusterProject initial) {
        project = new ReadOnlyObjectWrapper<>(initial);
        saved = new ReadOnlyObjectWrapper<>(initial);
        dirty = Bindings.createBooleanBinding(() -> !Objects.equals(project.get(), saved.get()), project, saved);
    }

    /** Starts over with another project (new, open, restore): every page reloads from it. */
    public void replace(ClusterProject newProject, Path newFile, boolean unsaved) {
        project.set(newProject);
        saved.set(unsaved ? null : newProject);
        file.set(newFile);
        secrets.set(Secrets.NONE);
        sudoAnswered.set(false);
        replaceListeners.forEach(l -> l.accept(newProject));
    }

    /** An edit made on a page; pages are not reloaded. */
    public void edit(UnaryOperator<ClusterProject> change) {
        project.set(change.apply(project.get()));
    }

    /** The snapshot is what was written; edits made while saving keep the project dirty. */
    public void markSaved(Path savedTo, ClusterProject snapshot) {
        file.set(savedTo);
        saved.set(snapshot);
    }

    public void onReplace(Consumer<ClusterProject> listener) {
        replaceListeners.add(listener);
    }

    public ClusterProject project() {
        return project.get();
    }

    public ReadOnlyObjectProperty<ClusterProject> projectProperty() {
        return project.getReadOnlyProperty();
    }

    public ObjectProperty<Path> fileProperty() {
        return file;
    }

    public ObjectProperty<Secrets> secretsProperty() {
        return secrets;
    }

    /**
     * Someone said what sudo asks for on the machines in this session: a password (in the secrets), or
     * none at all. Until then a run asks.
     */
    public BooleanProperty sudoAnsweredProperty() {
        return sudoAnswered;
    }

    public ObservableList<Problem> problems() {
        return problems;
    }

    public BooleanBinding dirtyProperty() {
        return dirty;
    }

    public boolean isDirty() {
        return dirty.get();
    }
}
