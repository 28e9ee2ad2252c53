package io.eswizard.ui.components;

import javafx.beans.property.StringProperty;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;

/** A masked password field with a toggle that shows the text. */
public final class PasswordInput extends HBox {

    private final PasswordField masked = new PasswordField();
    private final TextField plain = new TextField();
    private final ToggleButton show = new ToggleButton("Show");

    public PasswordInput(StringProperty value) {
        masked.textProperty().bindBidirectional(value);
        plain.textProperty().bindBidirectional(value);
        plain.visibleProperty().bind(show.selectedProperty());
        masked.visibleProperty().bind(show.selectedProperty().not());
        StackPane fields = new StackPane(plain, masked);
        HBox.setHgrow(fields, Priority.ALWAYS);
        show.setFocusTraversable(false);
        show.selectedProperty().addListener((o, was, shown) -> (shown ? plain : masked).requestFocus());
        getChildren().addAll(fields, show);
        getStyleClass().add("esw-inline");
    }

    public PasswordField masked() {
        return masked;
    }

    public TextField plain() {
        return plain;
    }

    public ToggleButton showToggle() {
        return show;
    }
}
