package io.eswizard.ui.pages.run;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** The Run page's progress bar, elapsed time, status line and current task, bound to its view model. */
final class ProgressRow {

    private ProgressRow() {
    }

    static VBox create(RunViewModel vm) {
        ProgressBar bar = new ProgressBar(0);
        bar.setId("runProgress");
        bar.setPrefWidth(220);
        bar.setMinWidth(160);
        bar.progressProperty().bind(vm.progressProperty());
        Label elapsed = new Label();
        elapsed.setId("elapsed");
        elapsed.textProperty().bind(vm.elapsedProperty());
        elapsed.setMinWidth(Region.USE_PREF_SIZE);
        Label status = new Label();
        status.setId("runStatus");
        status.getStyleClass().add("esw-status");
        status.setWrapText(true);
        status.setMinHeight(Region.USE_PREF_SIZE);
        status.textProperty().bind(vm.statusProperty());
        HBox.setHgrow(status, Priority.ALWAYS);
        status.setMaxWidth(Double.MAX_VALUE);
        Label task = new Label();
        task.setId("currentTask");
        task.getStyleClass().add("esw-muted");
        task.textProperty().bind(vm.currentTaskProperty());
        HBox first = new HBox(10, bar, elapsed, status);
        first.setAlignment(Pos.CENTER_LEFT);
        return new VBox(2, first, task);
    }
}
