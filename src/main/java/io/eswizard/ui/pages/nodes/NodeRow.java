package io.eswizard.ui.pages.nodes;

import io.eswizard.model.EsNode;
import io.eswizard.model.NodeRole;
import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** One editable row of the nodes table. */
public final class NodeRow {

    private final StringProperty name = new SimpleStringProperty();
    private final ObjectProperty<NodeRole> role = new SimpleObjectProperty<>();
    private final StringProperty address = new SimpleStringProperty();
    private final StringProperty esHome = new SimpleStringProperty();
    private final ObjectProperty<Integer> portOffset = new SimpleObjectProperty<>();
    private final ObjectProperty<Integer> memberPort = new SimpleObjectProperty<>();
    private final StringProperty localMemberHost = new SimpleStringProperty();

    static NodeRow from(EsNode n) {
        NodeRow row = new NodeRow();
        row.name.set(n.name());
        row.role.set(n.role());
        row.address.set(n.address());
        row.esHome.set(n.esHome());
        row.portOffset.set(n.portOffset());
        row.memberPort.set(n.memberPort());
        row.localMemberHost.set(n.localMemberHost());
        return row;
    }

    EsNode toRecord() {
        return new EsNode(name.get().strip(), role.get(), address.get().strip(), esHome.get().strip(),
                portOffset.get(), memberPort.get(), localMemberHost.get().strip());
    }

    Observable[] observables() {
        return new Observable[] {name, role, address, esHome, portOffset, memberPort, localMemberHost};
    }

    public StringProperty nameProperty() {
        return name;
    }

    public ObjectProperty<NodeRole> roleProperty() {
        return role;
    }

    public StringProperty addressProperty() {
        return address;
    }

    public StringProperty esHomeProperty() {
        return esHome;
    }

    public ObjectProperty<Integer> portOffsetProperty() {
        return portOffset;
    }

    public ObjectProperty<Integer> memberPortProperty() {
        return memberPort;
    }

    public StringProperty localMemberHostProperty() {
        return localMemberHost;
    }
}
