package io.eswizard.ui.components;

import javafx.geometry.HPos;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** A two-column form: labels on the left, input with its help line and message on the right. */
public final class FormLayout {

    private final GridPane grid = new GridPane();
    private int row;

    public FormLayout() {
        grid.getStyleClass().add("esw-form");
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(200);
        labels.setPrefWidth(220);
        labels.setHalignment(HPos.RIGHT);
        ColumnConstraints inputs = new ColumnConstraints();
        inputs.setHgrow(Priority.ALWAYS);
        inputs.setMaxWidth(720);
        grid.getColumnConstraints().addAll(labels, inputs);
    }

    public FormLayout section(String title) {
        Label heading = new Label(title);
        heading.getStyleClass().add("esw-section-title");
        GridPane.setHalignment(heading, HPos.LEFT);
        grid.add(heading, 0, row++, 2, 1);
        return this;
    }

    public FormLayout field(FormField field) {
        VBox right = new VBox(field.input(), field.help(), field.message());
        right.getStyleClass().add("esw-field-box");
        GridPane.setValignment(field.label(), VPos.TOP);
        grid.add(field.label(), 0, row);
        grid.add(right, 1, row++);
        return this;
    }

    /** A field as wide as the form, its label above it: for tables. */
    public FormLayout wideField(FormField field) {
        VBox box = new VBox(field.label(), field.input(), field.help(), field.message());
        box.getStyleClass().add("esw-field-box");
        grid.add(box, 0, row++, 2, 1);
        GridPane.setHgrow(box, Priority.ALWAYS);
        return this;
    }

    /** A full-width element such as a table. */
    public FormLayout wide(Node node) {
        grid.add(node, 0, row++, 2, 1);
        GridPane.setHgrow(node, Priority.ALWAYS);
        return this;
    }

    public GridPane grid() {
        return grid;
    }
}
