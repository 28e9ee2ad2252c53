package io.eswizard.ui.pages.connection;

import io.eswizard.model.ClusterProject;
import io.eswizard.model.HostOverride;
import io.eswizard.model.field.Page;
import io.eswizard.ui.ProjectState;
import io.eswizard.ui.pages.PageViewModel;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** How Ansible logs in to the machines, and per-machine differences. */
public final class ConnectionViewModel extends PageViewModel {

    /** The address the local sandbox uses for "this machine" when the admin adds it. */
    public static final String LOOPBACK = "127.0.0.1";

    private final ObservableList<HostOverrideRow> overrides =
            FXCollections.observableArrayList(HostOverrideRow::observables);

    public ConnectionViewModel(ProjectState state) {
        super(state, Page.CONNECTION);
        watch(overrides);
        start();
    }

    @Override
    protected void load(ClusterProject p) {
        overrides.setAll(p.connection().hostOverrides().stream().map(HostOverrideRow::from).toList());
    }

    @Override
    protected ClusterProject applyTo(ClusterProject p) {
        return p.withConnection(p.connection().withHostOverrides(
                overrides.stream().map(HostOverrideRow::toRecord).toList()));
    }

    public HostOverrideRow addOverride() {
        HostOverrideRow row = new HostOverrideRow();
        overrides.add(row);
        return row;
    }

    /** A row for the machine running the wizard: Ansible works on it directly, without SSH. */
    public HostOverrideRow addThisMachine() {
        HostOverrideRow row = HostOverrideRow.from(HostOverride.localMachine(LOOPBACK));
        overrides.add(row);
        return row;
    }

    public void removeOverride(HostOverrideRow row) {
        overrides.remove(row);
    }

    public ObservableList<HostOverrideRow> overrides() {
        return overrides;
    }
}
