package io.eswizard.ui.components;

import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * A strip above the page saying why the wizard did not move on, with an optional action. The action
 * keeps its whole text (the message wraps instead) and has a shortcut: its mnemonic, and
 * {@link #ACTION_SHORTCUT} while it shows.
 */
public final class Banner extends HBox {

    /** The key combination that presses the banner's action, as the window binds it. */
    public static final String ACTION_SHORTCUT = "Shortcut+Enter";

    private final FontIcon icon = Icons.of(Feather.INFO, "esw-banner-icon");
    private final Label message = new Label();
    private final Button action = new Button();

    public Banner() {
        setId("banner");
        message.setId("banner-message");
        message.setWrapText(true);
        message.setMinHeight(Region.USE_PREF_SIZE);
        message.setMinWidth(0);
        action.setId("banner-action");
        action.setMinWidth(Region.USE_PREF_SIZE);
        action.setTooltip(new Tooltip("Alt+A or Ctrl+Enter"));
        HBox.setHgrow(message, Priority.ALWAYS);
        message.setMaxWidth(Double.MAX_VALUE);
        getChildren().addAll(icon, message, action);
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

    /** Presses the action when one shows; false otherwise. */
    public boolean fireAction() {
        if (isVisible() && action.isVisible()) {
            action.fire();
            return true;
        }
        return false;
    }

    private void show(String text, String style, String actionText, Runnable onAction) {
        getStyleClass().removeAll("esw-error", "esw-warning", "esw-info");
        getStyleClass().add(style);
        icon.setIconCode(switch (style) {
            case "esw-error" -> Feather.X_CIRCLE;
            case "esw-warning" -> Feather.ALERT_TRIANGLE;
            default -> Feather.INFO;
        });
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
