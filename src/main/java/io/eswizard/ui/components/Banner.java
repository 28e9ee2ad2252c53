package io.eswizard.ui.components;

import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

/** A strip above the page saying why the wizard did not move on, with an optional action. */
public final class Banner extends HBox {

    private final Label message = new Label();
    private final Button action = new Button();

    public Banner() {
        setId("banner");
        message.setId("banner-message");
        message.setWrapText(true);
        message.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        action.setId("banner-action");
        HBox.setHgrow(message, Priority.ALWAYS);
        message.setMaxWidth(Double.MAX_VALUE);
        getChildren().addAll(message, action);
        getStyleClass().add("esw-banner");
        hide();
    }

    public void showError(String text) {
        show(text, "esw-error", null, null);
    }

    public void showWarning(String text, String actionText, Runnable onAction) {
        show(text, "esw-warning", actionText, onAction);
    }

    public void showInfo(String text) {
        show(text, "esw-info", null, null);
    }

    private void show(String text, String style, String actionText, Runnable onAction) {
        getStyleClass().removeAll("esw-error", "esw-warning", "esw-info");
        getStyleClass().add(style);
        message.setText(text);
        action.setVisible(onAction != null);
        action.setManaged(onAction != null);
        if (onAction != null) {
            action.setText(actionText);
            action.setOnAction(e -> onAction.run());
        }
        setVisible(true);
        setManaged(true);
    }

    public void hide() {
        setVisible(false);
        setManaged(false);
    }

    public String text() {
        return isVisible() ? message.getText() : "";
    }
}
