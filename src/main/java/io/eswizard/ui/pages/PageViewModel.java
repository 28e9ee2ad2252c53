package io.eswizard.ui.pages;

import io.eswizard.model.ClusterProject;
import io.eswizard.ui.ProjectState;
import javafx.beans.Observable;
import javafx.beans.value.ObservableValue;

/**
 * Base of every page's view model: loads its properties from the project record and writes
 * every edit back as a new record. Needs no FX toolkit.
 */
public abstract class PageViewModel {

    private final ProjectState state;
    private boolean loading;

    protected PageViewModel(ProjectState state) {
        this.state = state;
        state.onReplace(this::reload);
    }

    /** Call at the end of the subclass constructor, after its properties exist. */
    protected final void start() {
        reload(state.project());
    }

    private void reload(ClusterProject p) {
        loading = true;
        try {
            load(p);
        } finally {
            loading = false;
        }
    }

    /** Copies the page's part of the record into the properties. */
    protected abstract void load(ClusterProject p);

    /** Returns the record with the page's properties written into it. */
    protected abstract ClusterProject applyTo(ClusterProject p);

    /** Any change of these writes the page back into the project. */
    protected final void watch(Observable... observables) {
        for (Observable o : observables) {
            // a change listener: an invalidation listener stays silent until someone reads the value
            if (o instanceof ObservableValue<?> value) {
                value.addListener((x, old, now) -> commit());
            } else {
                o.addListener(x -> commit());
            }
        }
    }

    protected final void commit() {
        if (!loading) {
            state.edit(this::applyTo);
        }
    }

    /** Updates properties from the project without writing them back. */
    protected final void runLoading(Runnable update) {
        boolean was = loading;
        loading = true;
        try {
            update.run();
        } finally {
            loading = was;
        }
    }

    protected final boolean isLoading() {
        return loading;
    }

    public final ProjectState state() {
        return state;
    }

    public final ClusterProject project() {
        return state.project();
    }
}
