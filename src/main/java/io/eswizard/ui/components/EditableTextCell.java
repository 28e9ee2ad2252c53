package io.eswizard.ui.components;

import javafx.scene.control.PasswordField;
import javafx.scene.control.TableCell;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
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
            editor.setOnKeyPressed(e -> {
                if (e.getCode() == KeyCode.ESCAPE) {
                    cancelEdit();
                    e.consume();
                }
            });
            editor.focusedProperty().addListener((o, was, focused) -> {
                if (!focused && isEditing()) {
                    commitText();
                }
            });
        }
        editor.setText(converter.toString(getItem()));
        setText(null);
        setGraphic(editor);
        editor.requestFocus();
        editor.selectAll();
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
