package io.eswizard.ui.pages.run;

import java.util.Locale;
import javafx.application.Platform;
import javafx.collections.ObservableList;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TextField;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;

/**
 * The live log: follows the end while lines come in unless the admin scrolls up (scrolling back to
 * the bottom follows again); search, copy and save.
 */
final class LogPane extends VBox {

    private final RunViewModel vm;
    private final ListView<String> list = new ListView<>() {
        @Override
        protected void layoutChildren() {
            super.layoutChildren();
            followTheEnd();
        }
    };
    private boolean followEnd = true;

    LogPane(RunViewModel vm) {
        super(6);
        this.vm = vm;
        list.setId("runLog");
        list.setPlaceholder(new Label("Ansible's output appears here while it runs."));
        list.setItems(vm.log());
        list.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        list.getStyleClass().add("esw-run-log");
        list.addEventFilter(ScrollEvent.SCROLL, this::scrolled);
        TextField search = new TextField();
        search.setId("logSearch");
        search.setPromptText("Search the log (Enter for next)");
        search.setOnAction(e -> findNext(search.getText()));
        Button copy = RunPage.button("copyLog", "Copy", this::copy);
        Button save = RunPage.button("saveLog", "Save log…", this::save);
        HBox tools = new HBox(6, search, copy, save);
        HBox.setHgrow(search, Priority.ALWAYS);
        getChildren().addAll(tools, list);
        VBox.setVgrow(list, Priority.ALWAYS);
    }

    ListView<String> list() {
        return list;
    }

    /** A run starts: show its lines as they come. */
    void follow() {
        followEnd = true;
    }

    /**
     * A turn toward the first line stops following at once, so that a layout pass before the flow
     * has settled cannot snap the view back; once settled, following resumes if the end is in view.
     */
    private void scrolled(ScrollEvent event) {
        if (event.getDeltaY() > 0) {
            followEnd = false;
        }
        Platform.runLater(() -> followEnd = atEnd());
    }

    private boolean atEnd() {
        VirtualFlow<?> flow = (VirtualFlow<?>) list.lookup(".virtual-flow");
        if (flow == null || flow.getLastVisibleCell() == null) {
            return true;
        }
        return flow.getLastVisibleCell().getIndex() >= vm.log().size() - 1;
    }

    /**
     * While following, puts the view at the very end after each layout of the list (new lines lay it
     * out): only then has the list counted the new lines, and positioning the flow at its end lands on
     * the last line exactly, where scrolling to the last index may stop a line short.
     */
    private void followTheEnd() {
        int end = vm.log().size() - 1;
        if (followEnd && end >= 0 && list.lookup(".virtual-flow") instanceof VirtualFlow<?> flow) {
            var last = flow.getLastVisibleCell();
            if (last == null || last.getIndex() < end) {
                flow.setPosition(1);
            }
        }
    }

    /** Selects the next line containing the text (case-insensitive), wrapping around. */
    int findNext(String text) {
        if (text == null || text.isBlank()) {
            return -1;
        }
        String needle = text.toLowerCase(Locale.ROOT);
        ObservableList<String> lines = vm.log();
        int from = list.getSelectionModel().getSelectedIndex() + 1;
        for (int k = 0; k < lines.size(); k++) {
            int i = (from + k) % lines.size();
            if (lines.get(i).toLowerCase(Locale.ROOT).contains(needle)) {
                followEnd = false;
                list.getSelectionModel().clearAndSelect(i);
                list.scrollTo(Math.max(0, i - 3));
                return i;
            }
        }
        return -1;
    }

    private void copy() {
        var selected = list.getSelectionModel().getSelectedItems();
        ClipboardContent content = new ClipboardContent();
        content.putString(String.join("\n", selected.isEmpty() ? vm.log() : selected));
        Clipboard.getSystemClipboard().setContent(content);
    }

    private void save() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Save the run log");
        chooser.setInitialFileName("ansible-run.log");
        var target = chooser.showSaveDialog(getScene().getWindow());
        if (target != null) {
            vm.saveLog(target.toPath());
        }
    }
}
