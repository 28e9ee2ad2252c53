package io.eswizard.ui.pages.nodes;

import io.eswizard.model.NodeRole;
import io.eswizard.ui.WizardContext;
import io.eswizard.ui.components.Converters;
import io.eswizard.ui.components.FileInput;
import io.eswizard.ui.components.FormField;
import io.eswizard.ui.components.FormLayout;
import io.eswizard.ui.components.Inputs;
import io.eswizard.ui.components.Tables;
import io.eswizard.ui.pages.FormPage;
import io.eswizard.validation.Problem;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.css.PseudoClass;
import javafx.scene.control.Button;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.util.StringConverter;

/** Page 4: the publisher and store servers. */
public final class NodesPage extends FormPage {

    private static final Pattern ROW = Pattern.compile("nodes\\[(\\d+)]");
    private static final PseudoClass ROW_ERROR = PseudoClass.getPseudoClass("error");

    private final NodesViewModel model;
    private final Set<Integer> rowsWithErrors = new HashSet<>();
    private final IntegerProperty rowMarks = new SimpleIntegerProperty();

    private TableView<NodeRow> table;
    private FormField nodes;
    private FormField esZip;
    private FormField jdk;
    private FormField javaHome;
    private FormField startServers;
    private Button addPublisher;
    private Button addStore;
    private Button duplicate;
    private Button remove;
    private Button up;
    private Button down;

    public NodesPage(WizardContext context) {
        super("Nodes", "Each row is one WSO2 Enterprise Store server. Publishers are where assets are created; "
                + "stores are where users browse them. Click a cell to edit it.");
        this.model = new NodesViewModel(context.state());
    }

    @Override
    protected void initializeParts() {
        table = new TableView<>(model.nodes());
        table.setEditable(true);
        table.setPrefHeight(260);
        table.getColumns().add(Tables.choiceColumn("node-role", "Role",
                "Publisher: where assets are created. Store: where users browse them.", 110,
                NodeRow::roleProperty, NodeRole.values(), roleNames()));
        table.getColumns().add(Tables.column("node-name", "Name", "A unique short name, e.g. publisher-1.", 120,
                NodeRow::nameProperty, Converters.plain()));
        table.getColumns().add(Tables.column("node-address", "Address",
                "The IP address the other nodes and the load balancer use to reach this one.", 150,
                NodeRow::addressProperty, Converters.plain()));
        table.getColumns().add(Tables.column("node-es-home", "ES_HOME",
                "The folder ES 2.1.0 is (or will be) unpacked to on that machine.", 210,
                NodeRow::esHomeProperty, Converters.plain()));
        table.getColumns().add(Tables.column("node-port-offset", "Port offset",
                "Shifts every port of the server; needed when two nodes share a machine (HTTPS = 9443 + offset).",
                90, NodeRow::portOffsetProperty, Converters.integer()));
        table.getColumns().add(Tables.column("node-member-port", "Member port",
                "The port the nodes use to talk to each other for clustering (Hazelcast).", 100,
                NodeRow::memberPortProperty, Converters.integer()));
        table.getColumns().add(Tables.column("node-member-host", "Cluster address",
                "Only if the nodes reach each other on another address; empty: the address.", 130,
                NodeRow::localMemberHostProperty, Converters.plain()));
        table.setRowFactory(t -> new TableRow<>() {
            {
                rowMarks.addListener(o -> mark());
            }

            @Override
            protected void updateItem(NodeRow item, boolean empty) {
                super.updateItem(item, empty);
                mark();
            }

            private void mark() {
                pseudoClassStateChanged(ROW_ERROR, !isEmpty() && rowsWithErrors.contains(getIndex()));
            }
        });
        nodes = register(new FormField("nodes", "Servers", tableBox(), table,
                "At least two publishers and two stores make a cluster that survives one server failing."));
        nodes.focusTarget().setId("nodes-table");
        FileInput zip = new FileInput(model.esZipProperty(), "Choose wso2es-2.1.0.zip",
                new FileChooser.ExtensionFilter("Zip archives", "*.zip"));
        esZip = register(new FormField("packs.esZip", "ES archive", zip, zip.pathField(),
                "wso2es-2.1.0.zip on this computer, to unpack on the nodes. Empty: ES is already installed."));
        FileInput jdkFile = new FileInput(model.jdkArchiveProperty(), "Choose a JDK 7 or 8 archive");
        jdk = register(new FormField("packs.jdkArchive", "JDK archive", jdkFile, jdkFile.pathField(),
                "A Java 7 or 8 archive to unpack on the nodes (ES 2.1.0 needs one). Empty: use the installed Java."));
        javaHome = register(FormField.of("packs.javaHome", "JAVA_HOME on the nodes",
                Inputs.text(model.javaHomeProperty()), "Where that Java is on the nodes; empty: the system Java."));
        startServers = register(FormField.of("packs.startServers", "Start",
                Inputs.check("Start the servers and check that they joined the cluster",
                        model.startServersProperty()), "Untick to only configure them."));
    }

    private static StringConverter<NodeRole> roleNames() {
        return new StringConverter<>() {
            @Override
            public String toString(NodeRole role) {
                return role == null ? "" : role == NodeRole.PUBLISHER ? "Publisher" : "Store";
            }

            @Override
            public NodeRole fromString(String s) {
                return null;
            }
        };
    }

    private VBox tableBox() {
        addPublisher = button("nodes-add-publisher", "Add publisher", "Adds a publisher node at the end.");
        addStore = button("nodes-add-store", "Add store", "Adds a store node at the end.");
        duplicate = button("nodes-duplicate", "Duplicate", "Copies the selected node under a new name.");
        remove = button("nodes-remove", "Remove", "Removes the selected node.");
        up = button("nodes-up", "Move up", "Moves the selected node up.");
        down = button("nodes-down", "Move down", "Moves the selected node down.");
        HBox buttons = new HBox(addPublisher, addStore, duplicate, remove, up, down);
        buttons.getStyleClass().add("esw-inline");
        VBox box = new VBox(table, buttons);
        box.getStyleClass().add("esw-table-box");
        return box;
    }

    private static Button button(String id, String text, String help) {
        Button b = new Button(text);
        b.setId(id);
        b.setTooltip(new Tooltip(help));
        return b;
    }

    @Override
    protected void layoutParts() {
        FormLayout form = new FormLayout()
                .wideField(nodes)
                .section("Installing Enterprise Store")
                .field(esZip).field(jdk).field(javaHome).field(startServers);
        root.getChildren().add(form.grid());
    }

    @Override
    protected void bindFieldsToModel() {
        var selected = table.getSelectionModel().selectedItemProperty();
        for (Button b : List.of(duplicate, remove, up, down)) {
            b.disableProperty().bind(selected.isNull());
        }
        addPublisher.setOnAction(e -> select(model.add(NodeRole.PUBLISHER)));
        addStore.setOnAction(e -> select(model.add(NodeRole.STORE)));
        duplicate.setOnAction(e -> select(model.duplicate(selected.get())));
        remove.setOnAction(e -> model.remove(selected.get()));
        up.setOnAction(e -> table.getSelectionModel().select(model.move(selected.get(), -1)));
        down.setOnAction(e -> table.getSelectionModel().select(model.move(selected.get(), +1)));
    }

    private void select(NodeRow row) {
        table.getSelectionModel().select(row);
        table.scrollTo(row);
    }

    @Override
    protected void onProblems(List<Problem> pageProblems) {
        rowsWithErrors.clear();
        List<String> tableMessages = new java.util.ArrayList<>();
        for (Problem p : pageProblems) {
            if (!nodes.covers(p.fieldPath()) || esZip.covers(p.fieldPath())) {
                continue;
            }
            Matcher m = ROW.matcher(p.fieldPath());
            String prefix = "";
            if (m.lookingAt()) {
                int index = Integer.parseInt(m.group(1));
                if (p.isError()) {
                    rowsWithErrors.add(index);
                }
                prefix = index < model.nodes().size() ? model.nodes().get(index).nameProperty().get() + ": " : "";
            }
            tableMessages.add(prefix + p.message());
        }
        if (!tableMessages.isEmpty()) {
            nodes.message().setText(String.join("\n", tableMessages));
        }
        // rows re-mark themselves; a table refresh would cancel the cell the admin is editing
        rowMarks.set(rowMarks.get() + 1);
    }

    @Override
    protected void focusDetail(FormField field, String fieldPath) {
        Matcher m = ROW.matcher(fieldPath);
        if (field == nodes && m.lookingAt()) {
            int index = Integer.parseInt(m.group(1));
            if (index < model.nodes().size()) {
                table.getSelectionModel().select(index);
                table.scrollTo(index);
            }
        }
    }

    public NodesViewModel model() {
        return model;
    }
}
