package io.eswizard.ui.components;

import java.util.List;
import javafx.application.Platform;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TablePosition;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * A table that edits like a spreadsheet: one click, typing, F2 or Enter edits the focused cell (typing
 * starts the edit with the key typed); Tab and Shift+Tab move to the next or previous cell, editing it;
 * Enter on the table never presses the window's default button.
 */
public final class SpreadsheetKeys {

    /** The table property that hands the typed key to the editor that opens. */
    static final String SEED = "esw-edit-seed";

    private SpreadsheetKeys() {
    }

    public static <S> void install(TableView<S> table) {
        table.getSelectionModel().setCellSelectionEnabled(true);
        table.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (table.getEditingCell() != null) {
                return;
            }
            if (e.getCode() == KeyCode.F2 || e.getCode() == KeyCode.ENTER) {
                e.consume();
                editFocused(table, null);
            }
        });
        table.addEventHandler(KeyEvent.KEY_TYPED, e -> {
            String typed = e.getCharacter();
            if (table.getEditingCell() != null || typed.isEmpty() || e.isControlDown() || e.isAltDown()
                    || e.isMetaDown() || Character.isISOControl(typed.charAt(0))) {
                return;
            }
            e.consume();
            editFocused(table, typed);
        });
    }

    private static <S> void editFocused(TableView<S> table, String seed) {
        TablePosition<S, ?> at = table.getFocusModel().getFocusedCell();
        if (at == null || at.getRow() < 0 || at.getTableColumn() == null || !at.getTableColumn().isEditable()) {
            return;
        }
        if (seed != null) {
            table.getProperties().put(SEED, seed);
        }
        table.edit(at.getRow(), at.getTableColumn());
        table.getProperties().remove(SEED);
    }

    /** Moves the edit to the next (or previous) editable column, on to the next row after the last. */
    static <S> void moveEdit(TableView<S> table, int row, TableColumn<S, ?> from, boolean back) {
        List<TableColumn<S, ?>> columns = table.getVisibleLeafColumns().stream()
                .filter(TableColumn::isEditable).toList();
        int index = columns.indexOf(from);
        if (index < 0 || columns.isEmpty()) {
            return;
        }
        int next = index + (back ? -1 : 1);
        int nextRow = row;
        if (next >= columns.size()) {
            next = 0;
            nextRow++;
        } else if (next < 0) {
            next = columns.size() - 1;
            nextRow--;
        }
        if (nextRow < 0 || nextRow >= table.getItems().size()) {
            return;
        }
        int r = nextRow;
        TableColumn<S, ?> column = columns.get(next);
        Platform.runLater(() -> {
            table.getSelectionModel().clearAndSelect(r, column);
            table.getFocusModel().focus(r, column);
            table.edit(r, column);
        });
    }
}
