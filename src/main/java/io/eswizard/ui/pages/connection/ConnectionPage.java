package io.eswizard.ui.pages.connection;

import io.eswizard.ui.WizardContext;
import io.eswizard.ui.components.Converters;
import io.eswizard.ui.components.FileInput;
import io.eswizard.ui.components.FormField;
import io.eswizard.ui.components.FormLayout;
import io.eswizard.ui.components.Inputs;
import io.eswizard.ui.components.Tables;
import io.eswizard.ui.pages.FormPage;
import io.eswizard.validation.Problem;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** Page 2: how Ansible reaches the machines. */
public final class ConnectionPage extends FormPage {

    private static final Pattern ROW = Pattern.compile("connection\\.hostOverrides\\[(\\d+)]");

    private final ConnectionViewModel model;

    private FormField sshUser;
    private FormField sshPort;
    private FormField privateKey;
    private FormField become;
    private FormField python;
    private FormField overrides;
    private TableView<HostOverrideRow> table;
    private Button addRow;
    private Button addThisMachine;
    private Button removeRow;

    public ConnectionPage(WizardContext context) {
        super("Connection", "The wizard runs Ansible, which logs in to each machine over SSH. "
                + "Tell it which user and key to use.");
        this.model = new ConnectionViewModel(context.state());
    }

    @Override
    protected void initializeParts() {
        sshUser = register(FormField.of("connection.sshUser", "SSH user", Inputs.text(model.sshUserProperty()),
                "The user Ansible logs in as on every machine, e.g. admin or ubuntu."));
        sshPort = register(FormField.of("connection.sshPort", "SSH port", Inputs.integer(model.sshPortProperty()),
                "The port the SSH server listens on; usually 22."));
        FileInput key = new FileInput(model.privateKeyFileProperty(), "Choose the SSH private key");
        privateKey = register(new FormField("connection.privateKeyFile", "Private key file", key, key.pathField(),
                "The key file on this computer, e.g. ~/.ssh/id_ed25519. Empty: use the SSH agent."));
        CheckBox sudo = Inputs.check("Use sudo on the machines", model.becomeProperty());
        become = register(FormField.of("connection.become", "Administrator rights", sudo,
                "Needed to install packages unless the SSH user is root."));
        python = register(FormField.of("connection.pythonInterpreter", "Python on the machines",
                Inputs.text(model.pythonInterpreterProperty()),
                "The Python that Ansible runs on each machine; it needs the lxml and PyMySQL modules."));
        table = new TableView<>(model.overrides());
        table.setEditable(true);
        table.setPrefHeight(180);
        table.setPlaceholder(new Label("Every machine uses the settings above."));
        table.getColumns().add(Tables.column("override-address", "Address",
                "The machine's address, as used for its nodes or services.", 160,
                HostOverrideRow::addressProperty, Converters.plain()));
        table.getColumns().add(Tables.checkColumn("override-local", "This machine",
                "Ticked: the machine running the wizard; Ansible works on it directly, without SSH.", 110,
                HostOverrideRow::localProperty));
        table.getColumns().add(Tables.column("override-user", "SSH user", "Empty: the user above.", 120,
                HostOverrideRow::sshUserProperty, Converters.plain()));
        table.getColumns().add(Tables.column("override-port", "SSH port", "Empty: the port above.", 90,
                HostOverrideRow::sshPortProperty, Converters.plain()));
        table.getColumns().add(Tables.column("override-key", "Private key file", "Empty: the key above.", 220,
                HostOverrideRow::privateKeyFileProperty, Converters.plain()));
        overrides = register(new FormField("connection.hostOverrides", "Per-machine settings", tableBox(), table,
                "Only for machines that differ: another user, port or key, or this computer itself."));
        overrides.focusTarget().setId("connection-overrides-table");
    }

    private VBox tableBox() {
        addRow = new Button("Add machine");
        addRow.setId("override-add");
        addThisMachine = new Button("Add this machine");
        addThisMachine.setId("override-add-local");
        removeRow = new Button("Remove");
        removeRow.setId("override-remove");
        HBox buttons = new HBox(addRow, addThisMachine, removeRow);
        buttons.getStyleClass().add("esw-inline");
        VBox box = new VBox(table, buttons);
        box.getStyleClass().add("esw-table-box");
        return box;
    }

    @Override
    protected void layoutParts() {
        FormLayout form = new FormLayout()
                .section("Logging in")
                .field(sshUser).field(sshPort).field(privateKey).field(become).field(python)
                .wideField(overrides);
        root.getChildren().add(form.grid());
    }

    @Override
    protected void bindFieldsToModel() {
        addRow.setOnAction(e -> editNew(model.addOverride()));
        addThisMachine.setOnAction(e -> editNew(model.addThisMachine()));
        removeRow.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        removeRow.setOnAction(e -> model.removeOverride(table.getSelectionModel().getSelectedItem()));
    }

    private void editNew(HostOverrideRow row) {
        int index = model.overrides().indexOf(row);
        table.getSelectionModel().select(index);
        table.requestFocus();
        table.edit(index, table.getColumns().get(0));
    }

    @Override
    protected void focusDetail(FormField field, String fieldPath) {
        Matcher m = ROW.matcher(fieldPath);
        if (field == overrides && m.lookingAt()) {
            int index = Integer.parseInt(m.group(1));
            if (index < model.overrides().size()) {
                table.getSelectionModel().select(index);
                table.scrollTo(index);
            }
        }
    }

    @Override
    protected void onProblems(List<Problem> pageProblems) {
        // a table shows one message; list the rest so none is hidden
        List<String> tableMessages = pageProblems.stream().filter(p -> overrides.covers(p.fieldPath()))
                .map(Problem::message).toList();
        if (tableMessages.size() > 1) {
            overrides.message().setText(String.join("\n", tableMessages));
        }
    }

    public ConnectionViewModel model() {
        return model;
    }
}
