package io.eswizard.ui.pages.nodes;

import io.eswizard.model.ClusterProject;
import io.eswizard.model.EsNode;
import io.eswizard.model.NodeRole;
import io.eswizard.model.field.Field;
import io.eswizard.model.field.Page;
import io.eswizard.ui.ProjectState;
import io.eswizard.ui.pages.PageViewModel;
import java.util.ArrayList;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The ES servers of the cluster and the product archives installed on them. */
public final class NodesViewModel extends PageViewModel {

    private final ObservableList<NodeRow> nodes = FXCollections.observableArrayList(NodeRow::observables);

    public NodesViewModel(ProjectState state) {
        super(state, Page.NODES);
        watch(nodes);
        start();
    }

    @Override
    protected void load(ClusterProject p) {
        nodes.setAll(p.nodes().stream().map(NodeRow::from).toList());
    }

    @Override
    protected ClusterProject applyTo(ClusterProject p) {
        List<EsNode> edited = nodes.stream().map(NodeRow::toRecord).toList();
        return p.withNodes(edited)
                .withClustering(p.clustering().withWellKnownMembers(renamedMembers(p.nodes(), edited,
                        p.clustering().wellKnownMembers())));
    }

    /** A renamed node stays a well-known member (matched by position when the count is unchanged). */
    private static List<String> renamedMembers(List<EsNode> before, List<EsNode> after, List<String> members) {
        if (before.size() != after.size()) {
            return members;
        }
        List<String> result = new ArrayList<>(members);
        for (int i = 0; i < before.size(); i++) {
            int at = result.indexOf(before.get(i).name());
            if (at >= 0) {
                result.set(at, after.get(i).name());
            }
        }
        return result;
    }

    /** Adds a node of the role with the first free name like "store-3"; the admin fills in its address. */
    public NodeRow add(NodeRole role) {
        NodeRow row = NodeRow.from(EsNode.of(freeName(role.id()), role, ""));
        nodes.add(row);
        return row;
    }

    /** A copy right below the original, under a free name. */
    public NodeRow duplicate(NodeRow original) {
        EsNode copy = original.toRecord();
        NodeRow row = NodeRow.from(copy.withName(freeName(copy.role().id())));
        nodes.add(nodes.indexOf(original) + 1, row);
        return row;
    }

    public void remove(NodeRow row) {
        nodes.remove(row);
    }

    /** Moves the row by delta places (-1 up, +1 down); returns its new index. */
    public int move(NodeRow row, int delta) {
        int from = nodes.indexOf(row);
        int to = Math.max(0, Math.min(nodes.size() - 1, from + delta));
        if (from != to) {
            List<NodeRow> reordered = new ArrayList<>(nodes);
            reordered.remove(from);
            reordered.add(to, row);
            nodes.setAll(reordered);
        }
        return to;
    }

    private String freeName(String prefix) {
        int i = 1;
        while (hasName(prefix + "-" + i)) {
            i++;
        }
        return prefix + "-" + i;
    }

    private boolean hasName(String name) {
        return nodes.stream().anyMatch(n -> name.equals(n.text(Field.NODE_NAME).get()));
    }

    public ObservableList<NodeRow> nodes() {
        return nodes;
    }
}
