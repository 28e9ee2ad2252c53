package io.eswizard.ui.pages.start;

import io.eswizard.model.ClusterProject;
import io.eswizard.ui.ProjectState;
import io.eswizard.ui.pages.PageViewModel;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** The project's name; the Start page's other actions work on the whole project. */
public final class StartViewModel extends PageViewModel {

    private final StringProperty name = new SimpleStringProperty();

    public StartViewModel(ProjectState state) {
        super(state);
        watch(name);
        start();
    }

    @Override
    protected void load(ClusterProject p) {
        name.set(p.name());
    }

    @Override
    protected ClusterProject applyTo(ClusterProject p) {
        return p.withName(name.get());
    }

    public StringProperty nameProperty() {
        return name;
    }
}
