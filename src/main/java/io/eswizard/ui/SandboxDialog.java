package io.eswizard.ui;

import io.eswizard.ui.components.FileInput;
import java.io.File;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import javafx.stage.Window;

/** "Try it on this machine": the two product archives and the sandbox folder, in one dialog. */
final class SandboxDialog {

    static final ButtonType CREATE = new ButtonType("_Create sandbox", ButtonBar.ButtonData.OK_DONE);

    private SandboxDialog() {
    }

    static Optional<SandboxChoice> ask(Window owner, SandboxChoice remembered) {
        Dialog<SandboxChoice> dialog = new Dialog<>();
        dialog.setTitle("ES Cluster Wizard");
        dialog.setHeaderText("Try it on this machine");
        if (owner != null) {
            dialog.initOwner(owner);
        }
        dialog.getDialogPane().setId("sandbox-dialog");
        Dialogs.style(dialog.getDialogPane());
        StringProperty es = new SimpleStringProperty(remembered.esZip());
        StringProperty is = new SimpleStringProperty(remembered.isZip());
        StringProperty folder = new SimpleStringProperty(remembered.folder());
        FileChooser.ExtensionFilter zips = new FileChooser.ExtensionFilter("Zip archives", "*.zip");
        FileInput esInput = new FileInput(es, "Choose wso2es-2.1.0.zip", zips);
        esInput.pathField().setId("sandbox-es-zip");
        FileInput isInput = new FileInput(is, "Choose the Identity Server zip", zips);
        isInput.pathField().setId("sandbox-is-zip");
        TextField folderField = new TextField();
        folderField.setId("sandbox-folder");
        folderField.textProperty().bindBidirectional(folder);
        Button browse = new Button("Browse…");
        browse.setOnAction(e -> {
            DirectoryChooser chooser = new DirectoryChooser();
            chooser.setTitle("Folder for the sandbox");
            File current = new File(folder.get());
            if (current.isDirectory()) {
                chooser.setInitialDirectory(current);
            }
            File picked = chooser.showDialog(dialog.getDialogPane().getScene().getWindow());
            if (picked != null) {
                folder.set(picked.getAbsolutePath());
            }
        });
        HBox.setHgrow(folderField, Priority.ALWAYS);
        HBox folderRow = new HBox(8, folderField, browse);

        Label intro = new Label("Every server (2 publishers, 2 stores, MariaDB, the Identity Server and NGINX) runs on "
                + "this computer, on loopback addresses. The run unpacks the archives into the folder; the project "
                + "is saved there too.");
        intro.setWrapText(true);
        intro.setMaxWidth(560);
        Label message = new Label();
        message.setId("sandbox-message");
        message.setWrapText(true);
        message.setMaxWidth(560);
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(8);
        grid.setPadding(new Insets(8, 0, 0, 0));
        grid.add(intro, 0, 0, 2, 1);
        row(grid, 1, "Enterprise Store archive", esInput, "wso2es-2.1.0.zip");
        row(grid, 3, "Identity Server archive", isInput, "wso2is-5.1.0.zip (or 5.0.0)");
        row(grid, 5, "Sandbox folder", folderRow, "Each server gets a folder in it.");
        grid.add(message, 0, 7, 2, 1);
        GridPane.setHgrow(esInput, Priority.ALWAYS);
        dialog.getDialogPane().setContent(grid);
        dialog.getDialogPane().setPrefWidth(680);
        dialog.getDialogPane().getButtonTypes().setAll(CREATE, ButtonType.CANCEL);
        javafx.beans.binding.ObjectBinding<SandboxChoice> choice = Bindings.createObjectBinding(
                () -> new SandboxChoice(es.get(), is.get(), folder.get()), es, is, folder);
        message.textProperty().bind(Bindings.createStringBinding(() -> {
            var problems = choice.get().problems();
            message.getStyleClass().removeAll("esw-error", "esw-muted");
            message.getStyleClass().add(problems.isEmpty() ? "esw-muted" : "esw-error");
            return String.join("\n", problems.isEmpty() ? choice.get().notes() : problems);
        }, choice));
        dialog.getDialogPane().lookupButton(CREATE).disableProperty().bind(Bindings.createBooleanBinding(
                () -> !choice.get().problems().isEmpty(), choice));
        dialog.setResultConverter(b -> b == CREATE ? choice.get() : null);
        if (dialog.getDialogPane().getScene().getWindow() instanceof Stage stage) {
            AppIcons.applyTo(stage);
        }
        return dialog.showAndWait();
    }

    private static void row(GridPane grid, int row, String label, javafx.scene.Node input, String help) {
        Label l = new Label(label);
        l.getStyleClass().add("esw-field-label");
        grid.add(l, 0, row);
        grid.add(input, 1, row);
        Label h = new Label(help);
        h.getStyleClass().add("esw-field-help");
        grid.add(h, 1, row + 1);
        GridPane.setHgrow(input, Priority.ALWAYS);
    }
}
