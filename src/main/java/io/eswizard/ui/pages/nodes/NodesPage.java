package io.eswizard.ui.pages.nodes;

import io.eswizard.model.NodeRole;
import io.eswizard.model.field.Field;
import io.eswizard.model.field.FieldRef;
import io.eswizard.ui.WizardContext;
import io.eswizard.ui.components.Converters;
import io.eswizard.ui.components.FileInput;
import io.eswizard.ui.components.FormField;
import io.eswizard.ui.components.FormLayout;
import io.eswizard.ui.components.SpreadsheetKeys;
import io.eswizard.ui.components.Tables;
import io.eswizard.ui.pages.FormPage;
import io.eswizard.validation.Problem;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.css.PseudoClass;
import io.eswizard.ui.components.Icons;
import io.eswizard.ui.pages.WizardPage;
import javafx.scene.control.Button;
import org.kordamp.ikonli.feather.Feather;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.util.StringConverter;

/** The publisher and store servers. */
public final class NodesPage extends FormPage {

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
        SpreadsheetKeys.install(table);
        table.setPrefHeight(260);
        table.getColumns().add(Tables.choiceColumn("node-role", Field.NODE_ROLE, 100,
                row -> row.choice(Field.NODE_ROLE), NodeRole.values(), roleNames()));
        table.getColumns().add(textColumn("node-name", Field.NODE_NAME, 120));
        table.getColumns().add(textColumn("node-address", Field.NODE_ADDRESS, 150));
        table.getColumns().add(textColumn("node-es-home", Field.NODE_ES_HOME, 190));
        table.getColumns().add(numberColumn("node-port-offset", Field.NODE_PORT_OFFSET, 110));
        table.getColumns().add(numberColumn("node-member-port", Field.NODE_MEMBER_PORT, 125));
        table.getColumns().add(textColumn("node-member-host", Field.NODE_LOCAL_MEMBER_HOST, 130));
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
        nodes = register(new FormField(Field.NODES, tableBox(), table));
        nodes.focusTarget().setId("nodes-table");
        FileInput zip = new FileInput(model.text(Field.ES_ZIP), "Choose wso2es-2.1.0.zip",
                new FileChooser.ExtensionFilter("Zip archives", "*.zip"));
        esZip = register(new FormField(Field.ES_ZIP, zip, zip.pathField()));
        FileInput jdkFile = new FileInput(model.text(Field.JDK_ARCHIVE), "Choose a JDK 7 or 8 archive");
        jdk = register(new FormField(Field.JDK_ARCHIVE, jdkFile, jdkFile.pathField()));
        javaHome = text(model, Field.JAVA_HOME);
        startServers = check(model, Field.START_SERVERS, "Start the servers and check that they joined the cluster");
    }

    private static TableColumn<NodeRow, String> textColumn(String id, Field column, double width) {
        return Tables.column(id, column, width, row -> row.text(column), Converters.plain());
    }

    private static TableColumn<NodeRow, Integer> numberColumn(String id, Field column, double width) {
        return Tables.column(id, column, width, row -> row.number(column), Converters.integer());
    }

    private static StringConverter<NodeRole> roleNames() {
        return new StringConverter<>() {
            @Override
            public String toString(NodeRole role) {
                return role == null ? "" : role.label();
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
        Icons.on(addPublisher, Feather.PLUS);
        Icons.on(addStore, Feather.PLUS);
        Icons.on(duplicate, Feather.COPY);
        Icons.on(remove, Feather.TRASH_2);
        Icons.on(up, Feather.ARROW_UP);
        Icons.on(down, Feather.ARROW_DOWN);
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
        b.getStyleClass().add(WizardPage.ACTION);
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
            if (!nodes.covers(p.field())) {
                continue;
            }
            int index = p.field().index();
            String prefix = "";
            if (index >= 0) {
                if (p.isError()) {
                    rowsWithErrors.add(index);
                }
                prefix = index < model.nodes().size()
                        ? model.nodes().get(index).text(Field.NODE_NAME).get() + ": " : "";
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
    protected void focusDetail(FormField field, FieldRef ref) {
        int index = ref.index();
        if (field == nodes && index >= 0 && index < model.nodes().size()) {
            table.getSelectionModel().select(index);
            table.scrollTo(index);
        }
    }

    public NodesViewModel model() {
        return model;
    }
}
