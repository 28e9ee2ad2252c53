package io.eswizard.ui;

import io.eswizard.ui.components.Icons;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import org.kordamp.ikonli.feather.Feather;

/** The bar under every page: Save on the left, Back and Next on the right (Next is the default button). */
final class NavigationBar extends HBox {

    final Button back = new Button("_Back");
    final Button next = new Button("_Next");
    final Button save = new Button("_Save");
    /** The window's status line: what was last saved or exported. */
    final Label status = new Label();

    NavigationBar() {
        back.setId("back");
        next.setId("next");
        save.setId("save");
        next.setDefaultButton(true);
        Icons.on(back, Feather.ARROW_LEFT);
        Icons.on(next, Feather.ARROW_RIGHT);
        next.setContentDisplay(ContentDisplay.RIGHT);
        Icons.on(save, Feather.SAVE);
        back.setTooltip(new Tooltip("The previous page (Alt+B)"));
        next.setTooltip(new Tooltip("The next page (Enter or Alt+N)"));
        save.setTooltip(new Tooltip("Save the project (Ctrl+S)"));
        status.setId("window-status");
        status.getStyleClass().add("esw-window-status");
        status.setMinWidth(0);
        status.setMaxWidth(Double.MAX_VALUE);
        status.setTextOverrun(OverrunStyle.LEADING_ELLIPSIS);
        status.textProperty().addListener((o, old, text) -> status.setTooltip(text.isEmpty() ? null : new Tooltip(text)));
        HBox.setHgrow(status, Priority.ALWAYS);
        getChildren().addAll(save, status, back, next);
        setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        getStyleClass().add("esw-nav-bar");
    }
}
