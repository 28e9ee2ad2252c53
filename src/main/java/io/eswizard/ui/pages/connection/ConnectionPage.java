package io.eswizard.ui.pages.connection;

import io.eswizard.model.field.Field;
import io.eswizard.model.field.FieldRef;
import io.eswizard.ui.ProjectState;
import io.eswizard.ui.WizardContext;
import io.eswizard.ui.components.Converters;
import io.eswizard.ui.components.FileInput;
import io.eswizard.ui.components.FormField;
import io.eswizard.ui.components.FormLayout;
import io.eswizard.ui.components.PasswordInput;
import io.eswizard.ui.components.Tables;
import io.eswizard.ui.pages.FormPage;
import io.eswizard.validation.Problem;
import java.util.List;
import io.eswizard.ui.components.Icons;
import javafx.scene.control.Button;
import org.kordamp.ikonli.feather.Feather;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** How Ansible reaches the machines. */
public final class ConnectionPage extends FormPage {

    private final ConnectionViewModel model;

    private FormField sshUser;
    private FormField sshPort;
    private FormField privateKey;
    private FormField become;
    private FormField becomePassword;
    private final ProjectState state;
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
        this.state = context.state();
    }

    @Override
    protected void initializeParts() {
        sshUser = text(model, Field.SSH_USER);
        sshPort = number(model, Field.SSH_PORT);
        FileInput key = new FileInput(model.text(Field.PRIVATE_KEY_FILE), "Choose the SSH private key");
        privateKey = register(new FormField(Field.PRIVATE_KEY_FILE, key, key.pathField()));
        become = check(model, Field.BECOME, "Use sudo on the machines");
        PasswordInput sudo = new PasswordInput(model.text(Field.BECOME_PASSWORD));
        becomePassword = register(new FormField(Field.BECOME_PASSWORD, sudo, sudo.masked()));
        python = text(model, Field.PYTHON_INTERPRETER);
        table = new TableView<>(model.overrides());
        table.setEditable(true);
        table.setPrefHeight(140);
        table.setPlaceholder(new Label("Every machine uses the settings above."));
        table.getColumns().add(Tables.column("override-address", Field.OVERRIDE_ADDRESS, 160,
                HostOverrideRow::addressProperty, Converters.plain()));
        table.getColumns().add(Tables.checkColumn("override-local", Field.OVERRIDE_LOCAL, 110,
                HostOverrideRow::localProperty));
        table.getColumns().add(Tables.column("override-user", Field.OVERRIDE_SSH_USER, 120,
                HostOverrideRow::sshUserProperty, Converters.plain()));
        table.getColumns().add(Tables.column("override-port", Field.OVERRIDE_SSH_PORT, 90,
                HostOverrideRow::sshPortProperty, Converters.plain()));
        table.getColumns().add(Tables.column("override-key", Field.OVERRIDE_PRIVATE_KEY_FILE, 200,
                HostOverrideRow::privateKeyFileProperty, Converters.plain()));
        table.getColumns().add(Tables.passwordColumn("override-sudo-password", Field.OVERRIDE_BECOME_PASSWORDS, 130,
                HostOverrideRow::becomePasswordProperty));
        overrides = register(new FormField(Field.HOST_OVERRIDES, tableBox(), table));
        overrides.focusTarget().setId("connection-overrides-table");
    }

    private VBox tableBox() {
        addRow = new Button("Add machine");
        addRow.setId("override-add");
        addThisMachine = new Button("Add this machine");
        addThisMachine.setId("override-add-local");
        removeRow = new Button("Remove");
        removeRow.setId("override-remove");
        Icons.on(addRow, Feather.PLUS);
        Icons.on(addThisMachine, Feather.MONITOR);
        Icons.on(removeRow, Feather.TRASH_2);
        addRow.getStyleClass().add(ACTION);
        addThisMachine.getStyleClass().add(ACTION);
        removeRow.getStyleClass().add(ACTION);
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
                .field(sshUser).field(sshPort).field(privateKey).field(become).field(becomePassword).field(python)
                .wideField(overrides);
        root.getChildren().add(form.grid());
    }

    @Override
    protected void bindFieldsToModel() {
        becomePassword.disableWhen(model.flag(Field.BECOME).not());
        noteWhenRunNeeds(becomePassword, state);
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
    protected void focusDetail(FormField field, FieldRef ref) {
        int index = ref.index();
        if (field == overrides && index >= 0 && index < model.overrides().size()) {
            table.getSelectionModel().select(index);
            table.scrollTo(index);
        }
    }

    @Override
    protected void onProblems(List<Problem> pageProblems) {
        // a table shows one message; list the rest so none is hidden
        List<String> tableMessages = pageProblems.stream().filter(p -> overrides.covers(p.field()))
                .map(Problem::message).toList();
        if (tableMessages.size() > 1) {
            overrides.message().setText(String.join("\n", tableMessages));
        }
    }

    public ConnectionViewModel model() {
        return model;
    }
}
