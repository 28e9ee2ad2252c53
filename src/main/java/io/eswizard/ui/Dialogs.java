package io.eswizard.ui;

import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Stage;
import javafx.stage.Window;

/** Message boxes with the app icon; Escape cancels them. */
public final class Dialogs {

    public static final ButtonType SAVE = new ButtonType("_Save", ButtonBar.ButtonData.YES);
    public static final ButtonType DISCARD = new ButtonType("_Discard", ButtonBar.ButtonData.NO);
    public static final ButtonType RESTORE = new ButtonType("_Restore", ButtonBar.ButtonData.YES);

    private Dialogs() {
    }

    public static void error(Window owner, String header, String message) {
        Alert alert = alert(owner, Alert.AlertType.ERROR, header, message);
        alert.showAndWait();
    }

    public static void info(Window owner, String header, String message) {
        alert(owner, Alert.AlertType.INFORMATION, header, message).showAndWait();
    }

    /** A question with one action and Cancel; true when the action was chosen. */
    public static boolean confirm(Window owner, String header, String message, ButtonType action) {
        Alert alert = alert(owner, Alert.AlertType.CONFIRMATION, header, message);
        alert.getButtonTypes().setAll(action, ButtonType.CANCEL);
        return alert.showAndWait().filter(b -> b == action).isPresent();
    }

    /** Save / Discard / Cancel for unsaved changes. */
    public static Optional<ButtonType> askToSave(Window owner, String projectName) {
        Alert alert = alert(owner, Alert.AlertType.CONFIRMATION, "Save the changes to “" + projectName + "”?",
                "Your changes are lost if you don't save them. Passwords are never saved.");
        alert.getButtonTypes().setAll(SAVE, DISCARD, ButtonType.CANCEL);
        return alert.showAndWait();
    }

    public static boolean askToRestore(Window owner) {
        Alert alert = alert(owner, Alert.AlertType.CONFIRMATION, "Restore unsaved work?",
                "The wizard closed last time before a project was saved. A recovery copy was kept.");
        alert.getButtonTypes().setAll(RESTORE, new ButtonType("Discard it", ButtonBar.ButtonData.NO));
        return alert.showAndWait().filter(b -> b == RESTORE).isPresent();
    }

    /** Gives a dialog the wizard's own sheet (labels, help lines, messages). */
    public static void style(javafx.scene.control.DialogPane pane) {
        pane.getStylesheets().add(MainWindow.class.getResource("wizard.css").toExternalForm());
    }

    private static Alert alert(Window owner, Alert.AlertType type, String header, String message) {
        Alert alert = new Alert(type, message);
        alert.setTitle("ES Cluster Wizard");
        alert.setHeaderText(header);
        if (owner != null) {
            alert.initOwner(owner);
        }
        alert.getDialogPane().setMinWidth(460);
        style(alert.getDialogPane());
        AppIcons.applyTo((Stage) alert.getDialogPane().getScene().getWindow());
        return alert;
    }
}
