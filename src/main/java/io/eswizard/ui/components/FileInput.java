package io.eswizard.ui.components;

import java.io.File;
import javafx.beans.property.StringProperty;
import javafx.scene.control.Button;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.stage.FileChooser;

/** A path typed in or picked with a file chooser. */
public final class FileInput extends HBox {

    private final TextField path;
    private final Button browse = new Button("Browse…");

    public FileInput(StringProperty value, String chooserTitle, FileChooser.ExtensionFilter... filters) {
        path = Inputs.text(value);
        HBox.setHgrow(path, Priority.ALWAYS);
        browse.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle(chooserTitle);
            chooser.getExtensionFilters().addAll(filters);
            File current = value.get() == null || value.get().isBlank() ? null : new File(value.get());
            if (current != null && current.getParentFile() != null && current.getParentFile().isDirectory()) {
                chooser.setInitialDirectory(current.getParentFile());
            }
            File picked = chooser.showOpenDialog(getScene().getWindow());
            if (picked != null) {
                value.set(picked.getAbsolutePath());
            }
        });
        getChildren().addAll(path, browse);
        getStyleClass().add("esw-inline");
    }

    public TextField pathField() {
        return path;
    }
}
