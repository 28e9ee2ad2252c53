package io.eswizard.ui.components;

import java.util.function.Function;
import java.util.function.UnaryOperator;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextField;
import javafx.scene.control.TextFormatter;
import javafx.util.StringConverter;

/** Small factories for inputs bound to view-model properties. */
public final class Inputs {

    private Inputs() {
    }

    public static TextField text(StringProperty value) {
        TextField field = new TextField();
        field.textProperty().bindBidirectional(value);
        return field;
    }

    /**
     * A number field: accepts digits only (the record field is an int); range rules stay with
     * the validator. An empty field means 0, which the validator then reports.
     */
    public static TextField integer(IntegerProperty value) {
        TextField field = new TextField(Integer.toString(value.get()));
        UnaryOperator<TextFormatter.Change> digitsOnly = c -> c.getControlNewText().matches("\\d{0,9}") ? c : null;
        field.setTextFormatter(new TextFormatter<>(digitsOnly));
        field.textProperty().addListener((o, old, text) -> value.set(text.isEmpty() ? 0 : Integer.parseInt(text)));
        value.addListener((o, old, v) -> {
            String shown = field.getText();
            int current = shown.isEmpty() ? 0 : Integer.parseInt(shown);
            if (current != v.intValue()) {
                field.setText(Integer.toString(v.intValue()));
            }
        });
        return field;
    }

    public static CheckBox check(String text, BooleanProperty value) {
        CheckBox box = new CheckBox(text);
        box.selectedProperty().bindBidirectional(value);
        return box;
    }

    public static <E> ComboBox<E> choice(ObjectProperty<E> value, E[] options, Function<E, String> describe) {
        ComboBox<E> box = new ComboBox<>(FXCollections.observableArrayList(options));
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(E e) {
                return e == null ? "" : describe.apply(e);
            }

            @Override
            public E fromString(String s) {
                return null;
            }
        });
        box.valueProperty().bindBidirectional(value);
        box.setMaxWidth(Double.MAX_VALUE);
        return box;
    }
}
