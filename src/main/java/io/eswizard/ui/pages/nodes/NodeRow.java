package io.eswizard.ui.pages.nodes;

import io.eswizard.model.EsNode;
import io.eswizard.model.field.Field;
import io.eswizard.model.field.FieldValues;
import io.eswizard.model.field.Page;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.Property;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** One editable row of the nodes table: a property per column the catalogue gives the node list. */
public final class NodeRow {

    /** The node list's columns, in catalogue order. */
    static final List<Field> COLUMNS = Field.on(Page.NODES).stream()
            .filter(f -> f.list().filter(Field.NODES::equals).isPresent()).toList();

    private final Map<Field, Property<?>> cells = new EnumMap<>(Field.class);

    private NodeRow() {
        for (Field column : COLUMNS) {
            cells.put(column, FieldValues.type(column) == String.class ? new SimpleStringProperty("")
                    : new SimpleObjectProperty<>());
        }
    }

    @SuppressWarnings("unchecked")
    static NodeRow from(EsNode n) {
        NodeRow row = new NodeRow();
        row.cells.forEach((column, cell) -> ((Property<Object>) cell).setValue(FieldValues.readItem(column, n)));
        return row;
    }

    EsNode toRecord() {
        EsNode node = EsNode.of("", null, "");
        for (Map.Entry<Field, Property<?>> cell : cells.entrySet()) {
            Object value = cell.getValue().getValue();
            node = FieldValues.writeItem(cell.getKey(), node, value instanceof String s ? s.strip() : value);
        }
        return node;
    }

    Observable[] observables() {
        return cells.values().toArray(new Observable[0]);
    }

    /** The cell of a text column, e.g. {@link Field#NODE_ADDRESS}. */
    public StringProperty text(Field column) {
        return (StringProperty) cell(column);
    }

    /** The cell of a whole-number column, e.g. {@link Field#NODE_MEMBER_PORT}. */
    @SuppressWarnings("unchecked")
    public ObjectProperty<Integer> number(Field column) {
        return (ObjectProperty<Integer>) cell(column);
    }

    /** The cell of a choice column, e.g. {@link Field#NODE_ROLE}. */
    @SuppressWarnings("unchecked")
    public <E> ObjectProperty<E> choice(Field column) {
        return (ObjectProperty<E>) cell(column);
    }

    private Property<?> cell(Field column) {
        Property<?> cell = cells.get(column);
        if (cell == null) {
            throw new IllegalArgumentException(column + " is not a column of the node list");
        }
        return cell;
    }
}
