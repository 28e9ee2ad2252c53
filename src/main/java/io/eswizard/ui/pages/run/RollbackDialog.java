package io.eswizard.ui.pages.run;

import io.eswizard.ansible.FileBackup;
import io.eswizard.ansible.Operation;
import io.eswizard.ui.AppIcons;
import java.util.stream.Collectors;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import javafx.stage.Window;

/** Asks before a past run is rolled back, listing the files that go back and where. */
final class RollbackDialog {

    static final ButtonType ROLL_BACK = new ButtonType("_Roll back", ButtonBar.ButtonData.OK_DONE);

    private RollbackDialog() {
    }

    /** True when the user wants the files put back and their servers restarted. */
    static boolean confirm(Window owner, Operation.Rollback plan) {
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION);
        alert.setTitle("Roll back a run");
        alert.setHeaderText("Put back the " + plan.files().size() + " files run " + plan.runId() + " changed?");
        alert.setContentText("Each file goes back to the copy the run made before changing it (the file as it is "
                + "now is kept too). Then the ES nodes whose files came back restart one at a time, and the "
                + "Identity Server, NGINX or MariaDB when theirs did.");
        TextArea files = new TextArea(plan.files().stream().map(RollbackDialog::line)
                .collect(Collectors.joining("\n")));
        files.setEditable(false);
        files.setId("rollback-files");
        alert.getDialogPane().setExpandableContent(files);
        alert.getDialogPane().setExpanded(true);
        alert.getButtonTypes().setAll(ROLL_BACK, ButtonType.CANCEL);
        if (owner != null) {
            alert.initOwner(owner);
        }
        AppIcons.applyTo((Stage) alert.getDialogPane().getScene().getWindow());
        return alert.showAndWait().filter(b -> b == ROLL_BACK).isPresent();
    }

    private static String line(FileBackup f) {
        return f.host() + ": " + f.path();
    }
}
