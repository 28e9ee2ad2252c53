package io.eswizard.ui;

import io.eswizard.ui.components.Icons;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.feather.Feather;

/** The bar under every page: Save on the left, Back and Next on the right (Next is the default button). */
final class NavigationBar extends HBox {

    final Button back = new Button("_Back");
    final Button next = new Button("_Next");
    final Button save = new Button("_Save");

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
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        getChildren().addAll(save, spacer, back, next);
        getStyleClass().add("esw-nav-bar");
    }
}
