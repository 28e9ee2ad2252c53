package io.eswizard.ui.pages.run;

import io.eswizard.ansible.FileDiff;
import io.eswizard.ansible.TextDiff;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.scene.Scene;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import javafx.stage.Window;

/** A window listing each changed file per host of a dry run, with its diff. */
final class DiffViewer {

    private DiffViewer() {
    }

    static Stage show(Window owner, List<FileDiff> diffs) {
        ListView<FileDiff> files = new ListView<>(FXCollections.observableArrayList(diffs));
        files.setId("diffFiles");
        files.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(FileDiff d, boolean empty) {
                super.updateItem(d, empty);
                setText(empty || d == null ? null : d.host() + "  " + d.fileName());
            }
        });
        TextArea text = new TextArea();
        text.setId("diffText");
        text.setEditable(false);
        text.setStyle("-fx-font-family: monospace;");
        files.getSelectionModel().selectedItemProperty().addListener((o, a, d) ->
                text.setText(d == null ? "" : "Task: " + d.task() + "\n" + TextDiff.unified(d)));
        SplitPane split = new SplitPane(files, text);
        split.setDividerPositions(0.35);
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.setTitle("Dry run: what would change (" + diffs.size() + " files)");
        stage.setScene(new Scene(split, 1000, 600));
        if (!diffs.isEmpty()) {
            files.getSelectionModel().select(0);
        }
        stage.show();
        return stage;
    }
}
