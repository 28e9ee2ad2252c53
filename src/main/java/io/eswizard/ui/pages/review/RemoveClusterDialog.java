package io.eswizard.ui.pages.review;

import io.eswizard.ansible.Operation;
import io.eswizard.ui.AppIcons;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * Asks before the cluster is removed from its machines: says what goes and what stays, and the
 * Remove button works only once the project's name is typed exactly.
 */
final class RemoveClusterDialog {

    /** What the user chose: the name typed, and whether the databases and the packages go too. */
    record Choice(String typedName, boolean dropDatabases, boolean removePackages) {
    }

    static final ButtonType REMOVE = new ButtonType("_Remove the cluster", ButtonBar.ButtonData.OK_DONE);

    private final Dialog<ButtonType> dialog = new Dialog<>();
    private final TextField name = new TextField();
    private final CheckBox dropDatabases = new CheckBox("Also drop the ES databases, with all their data");
    private final CheckBox removePackages = new CheckBox(
            "Also remove the packages the wizard installed (MariaDB, NGINX, Python libraries)");

    RemoveClusterDialog(Window owner, String projectName) {
        dialog.setTitle("Remove this cluster");
        dialog.setHeaderText("Remove “" + projectName + "” from its machines?");
        if (owner != null) {
            dialog.initOwner(owner);
        }
        Label what = new Label("This stops the ES and Identity Server servers and removes their services, the "
                + "load balancer's sites, certificate and key, the host mappings and the database user's grants. "
                + "ES_HOME, IS_HOME, the databases (unless ticked below) and every backup copy stay; running the "
                + "project again sets the cluster up again.");
        what.setWrapText(true);
        Label ask = new Label("Type the project's name, " + projectName + ", to confirm:");
        name.setId("remove-cluster-name");
        name.setPromptText(projectName);
        dropDatabases.setId("remove-cluster-drop-databases");
        removePackages.setId("remove-cluster-remove-packages");
        VBox content = new VBox(10, what, ask, name, dropDatabases, removePackages);
        content.setPrefWidth(520);
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().getButtonTypes().setAll(REMOVE, ButtonType.CANCEL);
        Node remove = dialog.getDialogPane().lookupButton(REMOVE);
        remove.setId("remove-cluster-confirm");
        remove.disableProperty().bind(Bindings.createBooleanBinding(
                () -> !Operation.Teardown.confirms(name.getText(), projectName), name.textProperty()));
        AppIcons.applyTo((Stage) dialog.getDialogPane().getScene().getWindow());
        dialog.setOnShown(e -> name.requestFocus());
    }

    /** Shows the dialog and waits; empty when the user cancelled. */
    Optional<Choice> ask() {
        return dialog.showAndWait().filter(b -> b == REMOVE)
                .map(b -> new Choice(name.getText(), dropDatabases.isSelected(), removePackages.isSelected()));
    }
}
