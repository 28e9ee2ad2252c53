package io.eswizard.ui.pages.run;

import io.eswizard.ansible.Operation;
import io.eswizard.ansible.BackupIds;
import io.eswizard.ansible.RunHistory;
import io.eswizard.ui.components.Icons;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import org.kordamp.ikonli.feather.Feather;

/**
 * The Run page's day-two operations on a cluster that runs: a rolling restart, rolling back a past
 * run, backing up and restoring the databases, and whether risky runs back them up first.
 */
final class OperationsMenu {

    private OperationsMenu() {
    }

    private static boolean confirmBackup(Node owner) {
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, "Dump the ES databases on the database machine into a "
                + "folder of their own, with a checksum of each? The newest " + BackupIds.DEFAULT_KEEP
                + " backups stay.", ButtonType.OK, ButtonType.CANCEL);
        alert.setTitle("Back up the databases");
        alert.setHeaderText("Back up the databases now?");
        alert.initOwner(owner.getScene().getWindow());
        return alert.showAndWait().filter(b -> b == ButtonType.OK).isPresent();
    }

    /** What starts an operation: shows its plan and starts it once confirmed ({@link RunPage#confirmThenStart}). */
    interface Starter {
        void confirmThenStart(Node owner, Operation operation, String goLabel);
    }

    static MenuButton create(RunViewModel vm, ActionGate gate, ListView<RunHistory.PastRun> history, Starter starter) {
        // Icon only: the toolbar keeps every label whole at 1024 pixels; the tooltip says what it holds.
        MenuButton operations = Icons.on(new MenuButton(), Feather.TOOL);
        operations.setId("operationsMenu");
        operations.setAccessibleText("Operations");
        MenuItem rollingRestart = new MenuItem("Rolling restart");
        rollingRestart.setId("rollingRestartItem");
        rollingRestart.setOnAction(e -> gate.attempt(operations, RunReadiness.Action.RUN,
                () -> starter.confirmThenStart(operations, new Operation.RollingRestart(), "_Restart")));
        MenuItem rollback = new MenuItem("Roll back the selected run…");
        rollback.setId("rollbackItem");
        rollback.disableProperty().bind(history.getSelectionModel().selectedItemProperty().isNull());
        rollback.setOnAction(e -> gate.attempt(operations, RunReadiness.Action.RUN, () -> vm.history().planRollback(
                history.getSelectionModel().getSelectedItem(),
                plan -> starter.confirmThenStart(operations, plan, "_Roll back"))));
        MenuItem backup = new MenuItem("Back up databases…");
        backup.setId("backupItem");
        backup.setOnAction(e -> gate.attempt(operations, RunReadiness.Action.RUN, () -> {
            if (confirmBackup(operations)) {
                vm.start(vm.backups().backupNow());
            }
        }));
        MenuItem restore = new MenuItem("Restore…");
        restore.setId("restoreItem");
        restore.setOnAction(e -> gate.attempt(operations, RunReadiness.Action.RUN, () -> vm.backups().list(found ->
                RestoreDialog.choose(operations.getScene().getWindow(), found)
                        .ifPresent(b -> starter.confirmThenStart(operations, vm.backups().restore(b), "_Restore")))));
        CheckMenuItem backupFirst = new CheckMenuItem("Back up the databases before risky runs");
        backupFirst.setId("backupFirstItem");
        backupFirst.selectedProperty().bindBidirectional(vm.backups().backupFirstProperty());
        operations.getItems().setAll(rollingRestart, rollback, new SeparatorMenuItem(), backup, restore, backupFirst);
        gate.explain(operations, RunReadiness.Action.RUN, "Operations on a cluster that runs.\n\nRolling restart: restarts the ES nodes one at a time, "
                + "each healthy again before the next, so the site stays up. Roll back: puts back the files that "
                + "the run selected under Past runs changed, and restarts their servers. Back up and restore: the "
                + "ES databases on the database machine; a teardown that drops them, a rollback and a run that "
                + "changes the datasources back them up first while that is ticked. Collect diagnostics: one ZIP file with what explains a "
                + "problem, every password masked, to send to whoever helps.");
        operations.disableProperty().bind(vm.busyProperty());
        return operations;
    }
}
