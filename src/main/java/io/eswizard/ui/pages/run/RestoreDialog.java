package io.eswizard.ui.pages.run;

import io.eswizard.ansible.BackupManifest;
import io.eswizard.ui.AppIcons;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;

/** The backups on the database machine (time, size, reason); the one chosen is restored after a warning. */
final class RestoreDialog {

    static final ButtonType RESTORE = new ButtonType("_Restore", ButtonBar.ButtonData.OK_DONE);

    private RestoreDialog() {
    }

    /** The backup to restore, newest first in the list; empty when the user cancels. */
    static Optional<BackupManifest> choose(Window owner, List<BackupManifest> backups) {
        Dialog<BackupManifest> dialog = new Dialog<>();
        dialog.setTitle("Restore the databases");
        dialog.setHeaderText(backups.isEmpty() ? "There are no backups on the database machine yet."
                : "Put the databases back as a backup holds them?");
        TableView<BackupManifest> table = new TableView<>();
        table.setId("backups-table");
        table.getColumns().add(column("Time (UTC)", 170, BackupManifest::time));
        table.getColumns().add(column("Size", 80, BackupManifest::sizeText));
        table.getColumns().add(column("Reason", 260, b -> b.reason().isEmpty() ? "—" : b.reason()));
        List<BackupManifest> newestFirst = new java.util.ArrayList<>(backups);
        java.util.Collections.reverse(newestFirst);
        table.getItems().setAll(newestFirst);
        table.setPrefHeight(220);
        Label warning = new Label("The ES nodes stop, the databases go back to the backup (whatever they gained "
                + "since is gone), and the nodes start again one at a time.");
        warning.setWrapText(true);
        warning.setMaxWidth(520);
        dialog.getDialogPane().setContent(new VBox(8, table, warning));
        dialog.getDialogPane().getButtonTypes().setAll(RESTORE, ButtonType.CANCEL);
        dialog.getDialogPane().lookupButton(RESTORE).disableProperty()
                .bind(table.getSelectionModel().selectedItemProperty().isNull());
        dialog.setResultConverter(b -> b == RESTORE ? table.getSelectionModel().getSelectedItem() : null);
        if (owner != null) {
            dialog.initOwner(owner);
        }
        AppIcons.applyTo((Stage) dialog.getDialogPane().getScene().getWindow());
        return dialog.showAndWait();
    }

    private static TableColumn<BackupManifest, String> column(String title, double width,
                                                             java.util.function.Function<BackupManifest, String> text) {
        TableColumn<BackupManifest, String> c = new TableColumn<>(title);
        c.setPrefWidth(width);
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(text.apply(cell.getValue())));
        return c;
    }
}
