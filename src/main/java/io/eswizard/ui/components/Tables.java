package io.eswizard.ui.components;

import io.eswizard.model.field.Field;
import java.util.function.Function;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.Property;
import javafx.collections.FXCollections;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.Tooltip;
import javafx.scene.control.cell.CheckBoxTableCell;
import javafx.scene.control.cell.ComboBoxTableCell;
import javafx.util.StringConverter;

/** Editable table columns bound to row properties, titled from the catalogue. */
public final class Tables {

    private Tables() {
    }

    public static <S, T> TableColumn<S, T> column(String id, Field field, double width,
                                                  Function<S, Property<T>> property, StringConverter<T> converter) {
        TableColumn<S, T> column = header(id, field, width);
        column.setCellValueFactory(c -> property.apply(c.getValue()));
        column.setCellFactory(c -> new EditableTextCell<>(converter));
        column.setOnEditCommit(e -> property.apply(e.getRowValue()).setValue(e.getNewValue()));
        return column;
    }

    /** A column of passwords: edited masked, shown as dots. */
    public static <S> TableColumn<S, String> passwordColumn(String id, Field field, double width,
                                                            Function<S, Property<String>> property) {
        TableColumn<S, String> column = header(id, field, width);
        column.setCellValueFactory(c -> property.apply(c.getValue()));
        column.setCellFactory(c -> new EditableTextCell<>(Converters.plain(), true));
        column.setOnEditCommit(e -> property.apply(e.getRowValue()).setValue(e.getNewValue()));
        return column;
    }

    public static <S> TableColumn<S, Boolean> checkColumn(String id, Field field, double width,
                                                          Function<S, BooleanProperty> property) {
        TableColumn<S, Boolean> column = header(id, field, width);
        column.setCellValueFactory(c -> property.apply(c.getValue()));
        column.setCellFactory(CheckBoxTableCell.forTableColumn(column));
        return column;
    }

    public static <S, E> TableColumn<S, E> choiceColumn(String id, Field field, double width,
                                                        Function<S, ObjectProperty<E>> property, E[] options,
                                                        StringConverter<E> converter) {
        TableColumn<S, E> column = header(id, field, width);
        column.setCellValueFactory(c -> property.apply(c.getValue()));
        column.setCellFactory(ComboBoxTableCell.forTableColumn(converter, FXCollections.observableArrayList(options)));
        column.setOnEditCommit(e -> property.apply(e.getRowValue()).set(e.getNewValue()));
        return column;
    }

    /** The header carries the field's help as a tooltip, since columns have no room for a help line. */
    private static <S, T> TableColumn<S, T> header(String id, Field field, double width) {
        TableColumn<S, T> column = new TableColumn<>();
        Label header = new Label(field.label());
        // a header cut to fit its column still names it in full
        header.setTooltip(new Tooltip(field.label() + ": " + field.help()));
        column.setGraphic(header);
        column.setId(id);
        column.setPrefWidth(width);
        column.setSortable(false);
        return column;
    }
}
