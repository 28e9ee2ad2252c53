package io.eswizard.ui.pages.connection;

import io.eswizard.model.ClusterProject;
import io.eswizard.model.HostOverride;
import io.eswizard.model.Secrets;
import io.eswizard.model.field.Page;
import io.eswizard.ui.ProjectState;
import io.eswizard.ui.pages.PageViewModel;
import java.util.Map;
import java.util.TreeMap;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** How Ansible logs in to the machines, and per-machine differences (a machine's own sudo password among them). */
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
        Map<String, String> own = state().secretsProperty().get().becomePasswords();
        overrides.setAll(p.connection().hostOverrides().stream()
                .map(o -> track(HostOverrideRow.from(o), own.getOrDefault(o.address(), ""))).toList());
    }

    /** A machine's own sudo password lives in the session's secrets, keyed by the machine's address. */
    private HostOverrideRow track(HostOverrideRow row, String becomePassword) {
        row.becomePassword.set(becomePassword);
        row.becomePassword.addListener((o, old, now) -> storeBecomePasswords());
        row.address.addListener((o, old, now) -> storeBecomePasswords());
        return row;
    }

    private void storeBecomePasswords() {
        if (loading()) {
            return;
        }
        Map<String, String> perMachine = new TreeMap<>();
        for (HostOverrideRow row : overrides) {
            String address = row.address.get().strip();
            if (!address.isEmpty() && !row.becomePassword.get().isEmpty()) {
                perMachine.put(address, row.becomePassword.get());
            }
        }
        Secrets s = state().secretsProperty().get();
        if (!perMachine.equals(s.becomePasswords())) {
            state().secretsProperty().set(s.withBecomePasswords(s.becomePassword(), perMachine));
        }
    }

    @Override
    protected ClusterProject applyTo(ClusterProject p) {
        return p.withConnection(p.connection().withHostOverrides(
                overrides.stream().map(HostOverrideRow::toRecord).toList()));
    }

    public HostOverrideRow addOverride() {
        HostOverrideRow row = track(new HostOverrideRow(), "");
        overrides.add(row);
        return row;
    }

    /** A row for the machine running the wizard: Ansible works on it directly, without SSH. */
    public HostOverrideRow addThisMachine() {
        HostOverrideRow row = track(HostOverrideRow.from(HostOverride.localMachine(LOOPBACK)), "");
        overrides.add(row);
        return row;
    }

    public void removeOverride(HostOverrideRow row) {
        overrides.remove(row);
        storeBecomePasswords();
    }

    public ObservableList<HostOverrideRow> overrides() {
        return overrides;
    }
}
