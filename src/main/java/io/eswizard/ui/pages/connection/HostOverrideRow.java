package io.eswizard.ui.pages.connection;

import io.eswizard.model.HostOverride;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** One editable row of the per-host overrides table; empty text means "inherit". */
public final class HostOverrideRow {

    final StringProperty address = new SimpleStringProperty("");
    final BooleanProperty local = new SimpleBooleanProperty();
    final StringProperty sshUser = new SimpleStringProperty("");
    final StringProperty sshPort = new SimpleStringProperty("");
    final StringProperty privateKeyFile = new SimpleStringProperty("");
    /** The machine's own sudo password: session secrets, not part of the saved override. */
    final StringProperty becomePassword = new SimpleStringProperty("");

    static HostOverrideRow from(HostOverride o) {
        HostOverrideRow row = new HostOverrideRow();
        row.address.set(o.address());
        row.local.set(o.local());
        row.sshUser.set(orEmpty(o.sshUser()));
        row.sshPort.set(o.sshPort() == null ? "" : o.sshPort().toString());
        row.privateKeyFile.set(orEmpty(o.privateKeyFile()));
        return row;
    }

    HostOverride toRecord() {
        String port = sshPort.get().strip();
        Integer portNumber = port.matches("\\d{1,9}") ? Integer.valueOf(port) : null;
        return new HostOverride(address.get().strip(), local.get(), orNull(sshUser.get()), portNumber,
                orNull(privateKeyFile.get()));
    }

    Observable[] observables() {
        return new Observable[] {address, local, sshUser, sshPort, privateKeyFile};
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }

    private static String orNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    public StringProperty addressProperty() {
        return address;
    }

    public BooleanProperty localProperty() {
        return local;
    }

    public StringProperty sshUserProperty() {
        return sshUser;
    }

    public StringProperty sshPortProperty() {
        return sshPort;
    }

    public StringProperty privateKeyFileProperty() {
        return privateKeyFile;
    }

    public StringProperty becomePasswordProperty() {
        return becomePassword;
    }
}
