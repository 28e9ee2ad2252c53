package io.eswizard.ui.pages.run;

import io.eswizard.ansible.FileDiff;
import io.eswizard.ui.AppIcons;
import io.eswizard.ui.components.Icons;
import java.util.List;
import java.util.Map;
import javafx.collections.FXCollections;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.kordamp.ikonli.feather.Feather;

/**
 * A window listing a dry run's changed files per machine (a tree: machine, then its files), with the
 * selected file's whole diff, added lines and removed lines coloured.
 */
final class DiffViewer {

    private DiffViewer() {
    }

    static Stage show(Window owner, List<FileDiff> diffs) {
        Map<String, List<DiffGroups.ChangedFile>> byHost = DiffGroups.byHost(diffs);
        TreeItem<Object> rootItem = new TreeItem<>("All machines");
        int files = 0;
        for (Map.Entry<String, List<DiffGroups.ChangedFile>> host : byHost.entrySet()) {
            TreeItem<Object> hostItem = new TreeItem<>(host.getKey());
            hostItem.setExpanded(true);
            for (DiffGroups.ChangedFile f : host.getValue()) {
                hostItem.getChildren().add(new TreeItem<>(f));
                files++;
            }
            rootItem.getChildren().add(hostItem);
        }
        TreeView<Object> tree = new TreeView<>(rootItem);
        tree.setShowRoot(false);
        tree.setId("diffFiles");
        tree.setCellFactory(v -> new TreeCell<>() {
            @Override
            protected void updateItem(Object item, boolean empty) {
                super.updateItem(item, empty);
                if (empty || item == null) {
                    setText(null);
                    setGraphic(null);
                } else if (item instanceof DiffGroups.ChangedFile f) {
                    int[] counts = f.counts();
                    setText(fileName(f.file()) + "   +" + counts[0] + " −" + counts[1]);
                    setTooltip(new javafx.scene.control.Tooltip(f.file()));
                    setGraphic(Icons.of(Feather.FILE_TEXT));
                } else {
                    setText(item + " (" + byHost.get(item.toString()).size() + " files)");
                    setGraphic(Icons.of(Feather.SERVER));
                }
            }
        });
        ListView<String> text = new ListView<>();
        text.setId("diffText");
        text.getStyleClass().addAll("esw-run-log", "esw-diff");
        text.setCellFactory(v -> new DiffLine());
        Label path = new Label("Choose a file on the left.");
        path.setId("diffPath");
        path.getStyleClass().add("esw-side-title");
        tree.getSelectionModel().selectedItemProperty().addListener((o, a, item) -> {
            if (item != null && item.getValue() instanceof DiffGroups.ChangedFile f) {
                path.setText(f.host() + ":  " + f.file());
                List<String> lines = List.of(f.text().split("\n"));
                text.setItems(FXCollections.observableArrayList(lines));
                // a whole file: start at its first change
                text.scrollTo(Math.max(0, firstChange(lines) - 3));
            }
        });
        VBox right = new VBox(6, path, text);
        VBox.setVgrow(text, javafx.scene.layout.Priority.ALWAYS);
        right.setPadding(new javafx.geometry.Insets(6));
        SplitPane split = new SplitPane(tree, right);
        split.setDividerPositions(0.3);
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.setTitle("Dry run: what would change (" + files + " files on " + byHost.size() + " machines)");
        Scene scene = new Scene(split, 980, 620);
        if (owner != null && owner.getScene() != null) {
            scene.getStylesheets().setAll(owner.getScene().getStylesheets());
            split.getStyleClass().addAll(owner.getScene().getRoot().getStyleClass());
        }
        stage.setScene(scene);
        AppIcons.applyTo(stage);
        // the first file of the first machine
        rootItem.getChildren().stream().findFirst().flatMap(h -> h.getChildren().stream().findFirst())
                .ifPresent(first -> tree.getSelectionModel().select(first));
        stage.show();
        return stage;
    }

    /** "registry.xml": the list shows the name, the header above the diff the whole path. */
    static String fileName(String file) {
        int slash = file.lastIndexOf('/');
        return slash < 0 || slash == file.length() - 1 ? file : file.substring(slash + 1);
    }

    /** The first added or removed line below the headers; 0 when there is none. */
    static int firstChange(List<String> lines) {
        for (int i = 0; i < lines.size(); i++) {
            String l = lines.get(i);
            if ((l.startsWith("+") && !l.startsWith("+++")) || (l.startsWith("-") && !l.startsWith("---"))) {
                return i;
            }
        }
        return 0;
    }

    /** A diff line, green when added and red when removed. */
    private static final class DiffLine extends ListCell<String> {
        @Override
        protected void updateItem(String line, boolean empty) {
            super.updateItem(line, empty);
            getStyleClass().removeAll("esw-diff-add", "esw-diff-remove", "esw-diff-head");
            setText(empty ? null : line);
            if (!empty && line != null) {
                if (line.startsWith("+++") || line.startsWith("---") || line.startsWith("# task")) {
                    getStyleClass().add("esw-diff-head");
                } else if (line.startsWith("+")) {
                    getStyleClass().add("esw-diff-add");
                } else if (line.startsWith("-")) {
                    getStyleClass().add("esw-diff-remove");
                }
            }
        }
    }
}
