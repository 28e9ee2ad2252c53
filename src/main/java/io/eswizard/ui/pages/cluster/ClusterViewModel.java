package io.eswizard.ui.pages.cluster;

import io.eswizard.model.ClusterProject;
import io.eswizard.model.ClusteringSettings;
import io.eswizard.model.EsNode;
import io.eswizard.model.HostNames;
import io.eswizard.model.MembershipScheme;
import io.eswizard.ui.ProjectState;
import io.eswizard.ui.pages.PageViewModel;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** Clustering (domain, membership, well-known members) and the public host names. */
public final class ClusterViewModel extends PageViewModel {

    private final StringProperty domain = new SimpleStringProperty();
    private final ObjectProperty<MembershipScheme> scheme = new SimpleObjectProperty<>();
    private final ObservableList<String> wellKnownMembers = FXCollections.observableArrayList();
    private final ObservableList<String> nodeNames = FXCollections.observableArrayList();
    private final StringProperty publisherHost = new SimpleStringProperty();
    private final StringProperty storeHost = new SimpleStringProperty();

    public ClusterViewModel(ProjectState state) {
        super(state);
        watch(domain, scheme, wellKnownMembers, publisherHost, storeHost);
        // the nodes are edited on another page: follow them, and renames made there
        state.projectProperty().addListener((o, old, p) -> followNodes(p));
        start();
    }

    private void followNodes(ClusterProject p) {
        List<String> names = p.nodes().stream().map(EsNode::name).toList();
        if (!names.equals(nodeNames)) {
            nodeNames.setAll(names);
        }
        if (!p.clustering().wellKnownMembers().equals(wellKnownMembers)) {
            runLoading(() -> wellKnownMembers.setAll(p.clustering().wellKnownMembers()));
        }
    }

    @Override
    protected void load(ClusterProject p) {
        ClusteringSettings c = p.clustering();
        domain.set(c.domain());
        scheme.set(c.membershipScheme());
        nodeNames.setAll(p.nodes().stream().map(EsNode::name).toList());
        wellKnownMembers.setAll(c.wellKnownMembers());
        publisherHost.set(p.hostNames().publisher());
        storeHost.set(p.hostNames().store());
    }

    @Override
    protected ClusterProject applyTo(ClusterProject p) {
        return p.withClustering(new ClusteringSettings(domain.get().strip(), scheme.get(), List.copyOf(wellKnownMembers)))
                .withHostNames(new HostNames(publisherHost.get().strip(), storeHost.get().strip()));
    }

    /** Ticks or unticks a node as well-known member, keeping the order of the nodes. */
    public void setMember(String nodeName, boolean member) {
        if (member == wellKnownMembers.contains(nodeName)) {
            return;
        }
        if (member) {
            List<String> ordered = nodeNames.stream()
                    .filter(n -> n.equals(nodeName) || wellKnownMembers.contains(n)).toList();
            List<String> unknown = wellKnownMembers.stream().filter(n -> !nodeNames.contains(n)).toList();
            wellKnownMembers.setAll(concat(ordered, unknown));
        } else {
            wellKnownMembers.remove(nodeName);
        }
    }

    private static List<String> concat(List<String> a, List<String> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }

    public StringProperty domainProperty() {
        return domain;
    }

    public ObjectProperty<MembershipScheme> schemeProperty() {
        return scheme;
    }

    public ObservableList<String> wellKnownMembers() {
        return wellKnownMembers;
    }

    public ObservableList<String> nodeNames() {
        return nodeNames;
    }

    public StringProperty publisherHostProperty() {
        return publisherHost;
    }

    public StringProperty storeHostProperty() {
        return storeHost;
    }
}
