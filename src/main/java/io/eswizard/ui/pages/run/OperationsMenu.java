package io.eswizard.ui.pages.run;

import io.eswizard.ansible.RunHistory;
import io.eswizard.ui.components.Icons;
import javafx.scene.Node;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import org.kordamp.ikonli.feather.Feather;

/** The Run page's day-two operations on a cluster that runs: a rolling restart, rolling back a past run. */
final class OperationsMenu {

    private OperationsMenu() {
    }

    static MenuButton create(RunViewModel vm, ActionGate gate, ListView<RunHistory.PastRun> history, Node owner) {
        // Icon only: the toolbar keeps every label whole at 1024 pixels; the tooltip says what it holds.
        MenuButton operations = Icons.on(new MenuButton(), Feather.TOOL);
        operations.setId("operationsMenu");
        operations.setAccessibleText("Operations");
        MenuItem rollingRestart = new MenuItem("Rolling restart");
        rollingRestart.setId("rollingRestartItem");
        rollingRestart.setOnAction(e -> gate.attempt(operations, RunReadiness.Action.RUN, vm::rollingRestart));
        MenuItem rollback = new MenuItem("Roll back the selected run…");
        rollback.setId("rollbackItem");
        rollback.disableProperty().bind(history.getSelectionModel().selectedItemProperty().isNull());
        rollback.setOnAction(e -> gate.attempt(operations, RunReadiness.Action.RUN, () -> vm.history().planRollback(
                history.getSelectionModel().getSelectedItem(), plan -> {
                    if (RollbackDialog.confirm(owner.getScene().getWindow(), plan)) {
                        vm.start(plan);
                    }
                })));
        operations.getItems().setAll(rollingRestart, rollback);
        gate.explain(operations, RunReadiness.Action.RUN, "Operations on a cluster that runs.\n\nRolling restart: restarts the ES nodes one at a time, "
                + "each healthy again before the next, so the site stays up. Roll back: puts back the files that "
                + "the run selected under Past runs changed, and restarts their servers. Collect diagnostics: one ZIP file "
                + "with what explains a problem, every password masked, to send to whoever helps.");
        operations.disableProperty().bind(vm.busyProperty());
        return operations;
    }
}
