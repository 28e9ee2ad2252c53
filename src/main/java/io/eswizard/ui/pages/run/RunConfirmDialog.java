package io.eswizard.ui.pages.run;

import io.eswizard.ansible.RunPlan;
import io.eswizard.ui.AppIcons;
import io.eswizard.ui.Dialogs;
import io.eswizard.ui.components.Icons;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.kordamp.ikonli.feather.Feather;

/**
 * The one question before anything changes the servers: a {@link RunPlan} shown as it reads (machines,
 * files, restarts), with a warning and a way to run the preflight first when it has not passed.
 */
final class RunConfirmDialog {

    /** What the admin chose. */
    enum Answer { GO, PREFLIGHT_FIRST, CANCEL }

    static final ButtonType PREFLIGHT_FIRST = new ButtonType("Run _preflight first", ButtonBar.ButtonData.OTHER);

    private RunConfirmDialog() {
    }

    /** @param goLabel the button that starts it, e.g. "_Run" */
    static Answer ask(Window owner, RunPlan plan, String goLabel) {
        ButtonType go = new ButtonType(goLabel, ButtonBar.ButtonData.OK_DONE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION);
        alert.setTitle("ES Cluster Wizard");
        alert.setHeaderText(plan.question());
        alert.getDialogPane().setId("run-plan-dialog");
        ScrollPane scroll = new ScrollPane(content(plan));
        scroll.setFitToWidth(true);
        scroll.setPrefViewportWidth(620);
        scroll.setPrefViewportHeight(Math.min(440, 150 + plan.machines().size() * 38.0
                + (plan.files().isEmpty() ? 0 : 150)));
        scroll.getStyleClass().add("edge-to-edge");
        alert.getDialogPane().setContent(scroll);
        if (plan.preflightPassed()) {
            alert.getButtonTypes().setAll(go, ButtonType.CANCEL);
        } else {
            alert.getButtonTypes().setAll(PREFLIGHT_FIRST, go, ButtonType.CANCEL);
            // the safer choice is the default one
            ((javafx.scene.control.Button) alert.getDialogPane().lookupButton(go)).setDefaultButton(false);
            ((javafx.scene.control.Button) alert.getDialogPane().lookupButton(PREFLIGHT_FIRST)).setDefaultButton(true);
        }
        if (owner != null) {
            alert.initOwner(owner);
        }
        Dialogs.style(alert.getDialogPane());
        AppIcons.applyTo((Stage) alert.getDialogPane().getScene().getWindow());
        ButtonType answer = alert.showAndWait().orElse(ButtonType.CANCEL);
        return answer == go ? Answer.GO : answer == PREFLIGHT_FIRST ? Answer.PREFLIGHT_FIRST : Answer.CANCEL;
    }

    static VBox content(RunPlan plan) {
        VBox box = new VBox(4);
        box.getStyleClass().add("esw-run-plan");
        if (!plan.preflightPassed()) {
            Label warning = wrapped(plan.preflightWarning());
            warning.setId("run-plan-preflight");
            HBox banner = new HBox(8, Icons.of(Feather.ALERT_TRIANGLE), warning);
            banner.getStyleClass().addAll("esw-banner", "esw-warning");
            box.getChildren().add(banner);
        }
        box.getChildren().add(title("Machines"));
        VBox machines = new VBox(2);
        machines.setId("run-plan-machines");
        for (RunPlan.Machine m : plan.machines()) {
            Label name = new Label(m.label());
            name.setStyle("-fx-font-weight: bold;");
            Label does = wrapped(capitalised(String.join("; ", m.actions())) + ".");
            does.setPadding(new javafx.geometry.Insets(0, 0, 2, 14));
            machines.getChildren().add(new VBox(0, name, does));
        }
        box.getChildren().add(machines);
        box.getChildren().add(title("Files that change"));
        Label note = wrapped(capitalised(plan.filesNote()));
        note.setId("run-plan-files-note");
        box.getChildren().add(note);
        if (!plan.files().isEmpty()) {
            ListView<String> files = new ListView<>();
            files.setId("run-plan-files");
            files.getItems().setAll(plan.files());
            files.setPrefHeight(Math.min(150, plan.files().size() * 24.0 + 4));
            box.getChildren().add(files);
        }
        box.getChildren().add(title("Restarts"));
        plan.restarts().forEach(r -> box.getChildren().add(wrapped(r)));
        return box;
    }

    private static Label title(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("esw-section-title");
        return label;
    }

    private static Label wrapped(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        return label;
    }

    private static String capitalised(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
