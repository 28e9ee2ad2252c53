package io.eswizard.ui.pages.cluster;

import io.eswizard.model.ClusterProject;
import io.eswizard.model.EsNode;
import io.eswizard.model.field.Page;
import io.eswizard.ui.ProjectState;
import io.eswizard.ui.pages.PageViewModel;
import java.util.List;
import java.util.stream.Stream;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** Clustering (domain, membership, well-known members) and the public host names. */
public final class ClusterViewModel extends PageViewModel {

    private final ObservableList<String> wellKnownMembers = FXCollections.observableArrayList();
    private final ObservableList<String> nodeNames = FXCollections.observableArrayList();

    public ClusterViewModel(ProjectState state) {
        super(state, Page.CLUSTER);
        watch(wellKnownMembers);
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
        nodeNames.setAll(p.nodes().stream().map(EsNode::name).toList());
        wellKnownMembers.setAll(p.clustering().wellKnownMembers());
    }

    @Override
    protected ClusterProject applyTo(ClusterProject p) {
        return p.withClustering(p.clustering().withWellKnownMembers(List.copyOf(wellKnownMembers)));
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
            wellKnownMembers.setAll(Stream.concat(ordered.stream(), unknown.stream()).toList());
        } else {
            wellKnownMembers.remove(nodeName);
        }
    }

    public ObservableList<String> wellKnownMembers() {
        return wellKnownMembers;
    }

    public ObservableList<String> nodeNames() {
        return nodeNames;
    }
}
