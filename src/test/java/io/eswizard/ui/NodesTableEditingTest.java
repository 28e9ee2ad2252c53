package io.eswizard.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.eswizard.model.field.Page;
import io.eswizard.ui.pages.nodes.NodeRow;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Border;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The Nodes table edits like a spreadsheet, by mouse and by keyboard, and Enter never leaves the page. */
@ExtendWith(ApplicationExtension.class)
class NodesTableEditingTest {

    @TempDir
    static Path temp;

    private final WizardTestSupport support = new WizardTestSupport();
    private MainWindow window;

    @Start
    void start(Stage stage) throws Exception {
        window = support.open(stage, Files.createTempDirectory(temp, "table"));
    }

    private TableView<NodeRow> table(FxRobot robot) {
        robot.interact(() -> window.showPage(Page.NODES));
        WizardTestSupport.waitForValidation();
        return robot.lookup("#nodes-table").queryTableView();
    }

    private static TableColumn<NodeRow, ?> column(TableView<NodeRow> table, String id) {
        return table.getColumns().stream().filter(c -> id.equals(c.getId())).findFirst().orElseThrow();
    }

    private static Node cell(FxRobot robot, TableView<NodeRow> table, int row, String columnId) {
        return robot.lookup(".table-cell").match(n -> n instanceof javafx.scene.control.TableCell<?, ?> c
                && c.getTableView() == table && c.getIndex() == row && c.getTableColumn() != null
                && columnId.equals(c.getTableColumn().getId())).query();
    }

    private String address(int row) {
        return window.state().project().nodes().get(row).address();
    }

    @Test
    void oneClickAndTypingEditsAndEnterCommitsOnThePage(FxRobot robot) {
        TableView<NodeRow> table = table(robot);
        robot.clickOn(cell(robot, table, 1, "node-address"));
        assertNotNull(table.getEditingCell(), "one click edits");
        TextField editor = (TextField) robot.lookup(".esw-cell-editor").query();
        robot.interact(() -> editor.getScene().getRoot().applyCss());
        Border border = editor.getBorder();
        assertTrue(border != null && !border.getStrokes().isEmpty(), "the editor shows a box");
        robot.write("10.0.0.42").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("10.0.0.42", address(1));
        assertEquals(Page.NODES, window.navigation().page(window.navigation().current()), "Enter stays on the page");

        // Enter on the table itself, not editing: still the page
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Page.NODES, window.navigation().page(window.navigation().current()));
        robot.type(KeyCode.ESCAPE);
    }

    @Test
    void typingF2EscapeAndTabWorkByKeyboard(FxRobot robot) {
        TableView<NodeRow> table = table(robot);
        TableColumn<NodeRow, ?> addressColumn = column(table, "node-address");
        robot.interact(() -> {
            table.requestFocus();
            table.getSelectionModel().clearAndSelect(2, addressColumn);
            table.getFocusModel().focus(2, addressColumn);
        });
        // typing starts the edit with the key typed
        robot.write("10.0.0.7").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("10.0.0.7", address(2), "nothing typed is lost");

        // F2 edits, Escape cancels
        robot.interact(() -> table.getFocusModel().focus(2, addressColumn));
        robot.type(KeyCode.F2);
        assertNotNull(table.getEditingCell(), "F2 edits");
        robot.write("x").type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("10.0.0.7", address(2), "Escape cancels");

        // Tab commits and edits the next cell
        robot.interact(() -> table.getFocusModel().focus(2, addressColumn));
        robot.type(KeyCode.F2);
        robot.press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL).write("10.0.0.8").type(KeyCode.TAB);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("10.0.0.8", address(2), "Tab commits");
        assertNotNull(table.getEditingCell(), "and edits the next cell");
        assertEquals("node-es-home", table.getEditingCell().getTableColumn().getId());
        robot.type(KeyCode.ESCAPE);
    }

    @Test
    void headersNameTheirColumnInFullInATooltip(FxRobot robot) {
        TableView<NodeRow> table = table(robot);
        for (TableColumn<NodeRow, ?> c : table.getColumns()) {
            Label header = (Label) c.getGraphic();
            assertTrue(header.getTooltip().getText().startsWith(header.getText() + ": "), header.getTooltip().getText());
        }
    }
}
