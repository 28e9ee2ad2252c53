package io.eswizard.ui.pages.connection;

import io.eswizard.model.ClusterProject;
import io.eswizard.model.ConnectionSettings;
import io.eswizard.model.HostOverride;
import io.eswizard.ui.ProjectState;
import io.eswizard.ui.pages.PageViewModel;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** How Ansible logs in to the machines, and per-machine differences. */
public final class ConnectionViewModel extends PageViewModel {

    /** The address the local sandbox uses for "this machine" when the admin adds it. */
    public static final String LOOPBACK = "127.0.0.1";

    private final StringProperty sshUser = new SimpleStringProperty();
    private final IntegerProperty sshPort = new SimpleIntegerProperty();
    private final StringProperty privateKeyFile = new SimpleStringProperty();
    private final BooleanProperty become = new SimpleBooleanProperty();
    private final StringProperty pythonInterpreter = new SimpleStringProperty();
    private final ObservableList<HostOverrideRow> overrides =
            FXCollections.observableArrayList(HostOverrideRow::observables);

    public ConnectionViewModel(ProjectState state) {
        super(state);
        watch(sshUser, sshPort, privateKeyFile, become, pythonInterpreter, overrides);
        start();
    }

    @Override
    protected void load(ClusterProject p) {
        ConnectionSettings c = p.connection();
        sshUser.set(c.sshUser());
        sshPort.set(c.sshPort());
        privateKeyFile.set(c.privateKeyFile());
        become.set(c.become());
        pythonInterpreter.set(c.pythonInterpreter());
        overrides.setAll(c.hostOverrides().stream().map(HostOverrideRow::from).toList());
    }

    @Override
    protected ClusterProject applyTo(ClusterProject p) {
        return p.withConnection(new ConnectionSettings(sshUser.get().strip(), sshPort.get(),
                privateKeyFile.get().strip(), become.get(), pythonInterpreter.get().strip(),
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

    public StringProperty sshUserProperty() {
        return sshUser;
    }

    public IntegerProperty sshPortProperty() {
        return sshPort;
    }

    public StringProperty privateKeyFileProperty() {
        return privateKeyFile;
    }

    public BooleanProperty becomeProperty() {
        return become;
    }

    public StringProperty pythonInterpreterProperty() {
        return pythonInterpreter;
    }

    public ObservableList<HostOverrideRow> overrides() {
        return overrides;
    }
}
