package io.eswizard.ui.components;

import javafx.scene.control.PasswordField;
import javafx.scene.control.TableCell;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.util.StringConverter;

/**
 * A table cell edited with a text field that commits on Enter, on Tab and when the focus
 * leaves the cell (the stock TextFieldTableCell drops the edit then); Escape cancels. A masked
 * cell (passwords) edits in a password field and shows dots.
 */
public final class EditableTextCell<S, T> extends TableCell<S, T> {

    private static final String MASK = "\u2022\u2022\u2022\u2022\u2022\u2022";

    private final StringConverter<T> converter;
    private final boolean masked;
    private TextField editor;

    public EditableTextCell(StringConverter<T> converter) {
        this(converter, false);
    }

    public EditableTextCell(StringConverter<T> converter, boolean masked) {
        this.converter = converter;
        this.masked = masked;
        // one click edits: no second click, and a key typed after the click is not lost
        addEventHandler(MouseEvent.MOUSE_CLICKED, e -> {
            if (e.getButton() == MouseButton.PRIMARY && !isEmpty() && !isEditing() && getTableView() != null
                    && getTableView().isEditable() && getTableColumn() != null && getTableColumn().isEditable()) {
                getTableView().edit(getIndex(), getTableColumn());
            }
        });
    }

    private String shown(T item) {
        String text = converter.toString(item);
        return masked && text != null && !text.isEmpty() ? MASK : text;
    }

    @Override
    public void startEdit() {
        super.startEdit();
        if (!isEditing()) {
            return;
        }
        if (editor == null) {
            editor = masked ? new PasswordField() : new TextField();
            editor.setOnAction(e -> {
                commitText();
                e.consume(); // Enter here commits the cell; it must not also press the default button
            });
            editor.getStyleClass().add("esw-cell-editor");
            editor.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
                if (e.getCode() == KeyCode.ESCAPE) {
                    cancelEdit();
                    getTableView().requestFocus();
                    e.consume();
                } else if (e.getCode() == KeyCode.TAB) {
                    e.consume();
                    int row = getIndex();
                    var column = getTableColumn();
                    var table = getTableView();
                    commitText();
                    table.requestFocus();
                    SpreadsheetKeys.moveEdit(table, row, column, e.isShiftDown());
                }
            });
            editor.focusedProperty().addListener((o, was, focused) -> {
                if (!focused && isEditing()) {
                    commitText();
                }
            });
        }
        Object seed = getTableView() == null ? null : getTableView().getProperties().get(SpreadsheetKeys.SEED);
        editor.setText(seed instanceof String typed ? typed : converter.toString(getItem()));
        setText(null);
        setGraphic(editor);
        editor.requestFocus();
        if (seed instanceof String) {
            editor.end();
        } else {
            editor.selectAll();
        }
    }

    private void commitText() {
        commitEdit(converter.fromString(editor.getText()));
    }

    @Override
    public void commitEdit(T newValue) {
        if (!isEditing()) {
            return;
        }
        // TableView reports commits through onEditCommit; keep the shown value in step too
        super.commitEdit(newValue);
        updateItem(newValue, false);
    }

    @Override
    public void cancelEdit() {
        super.cancelEdit();
        setText(shown(getItem()));
        setGraphic(null);
    }

    @Override
    protected void updateItem(T item, boolean empty) {
        super.updateItem(item, empty);
        if (empty) {
            setText(null);
            setGraphic(null);
        } else if (isEditing() && editor != null) {
            editor.setText(converter.toString(item));
            setText(null);
            setGraphic(editor);
        } else {
            setText(shown(item));
            setGraphic(null);
        }
    }
}
