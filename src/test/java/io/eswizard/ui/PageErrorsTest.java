package io.eswizard.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.eswizard.ui.pages.nodes.NodeRow;
import java.nio.file.Path;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Each page shows the validator's errors on its fields, refuses Next, and clears them when fixed. */
@ExtendWith(ApplicationExtension.class)
class PageErrorsTest {

    @TempDir
    static Path temp;

    private final WizardTestSupport support = new WizardTestSupport();
    private MainWindow window;

    @Start
    void start(Stage stage) {
        window = support.open(stage, temp);
    }

    @Test
    void everyPageShowsAndClearsItsFieldErrors(FxRobot robot) {
        checkField(robot, "connection", "connection-ssh-user", "bad user!", "admin");
        checkField(robot, "database", "database-host", "no such host!", "10.0.0.5");
        checkField(robot, "cluster", "host-names-publisher", "bad_name!", "publisher.acme.org");
        checkField(robot, "sso", "sso-is-address", "bad address!", "10.0.0.6");
        checkField(robot, "load-balancer", "load-balancer-address", "bad address!", "10.0.0.7");
    }

    @Test
    void anEmptyFieldIsNotRedBeforeAnythingIsTypedButIsAfterNext(FxRobot robot) {
        go(robot, "database");
        WizardTestSupport.waitForValidation();
        Label message = robot.lookup("#database-host-message").queryAs(Label.class);
        assertTrue(window.state().problems().stream().anyMatch(p -> p.field().path().equals("database.host")),
                "the empty address is an error");
        assertFalse(message.isVisible(), "not shown before anything is typed: " + message.getText());
        robot.interact(() -> window.tryNext());
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(message.isVisible() && message.getStyleClass().contains("esw-error"), "Next shows it");
    }

    @Test
    void nodesTableMarksTheRowAndClearsIt(FxRobot robot) {
        go(robot, "nodes");
        TableView<NodeRow> table = robot.lookup("#nodes-table").queryTableView();
        TableColumn<NodeRow, ?> address = table.getColumns().stream()
                .filter(c -> "node-address".equals(c.getId())).findFirst().orElseThrow();
        for (int i = 0; i < 4; i++) {
            int row = i;
            robot.interact(() -> table.edit(row, address));
            robot.write(i == 0 ? "bad address!" : "10.0.0." + (11 + i)).type(KeyCode.ENTER);
        }
        WizardTestSupport.waitForValidation();
        Label message = robot.lookup("#nodes-message").queryAs(Label.class);
        assertTrue(message.isVisible() && message.getText().contains("publisher-1"), message.getText());
        assertTrue(table.getStyleClass().contains("esw-error"));
        refusesNext(robot, "nodes");

        robot.interact(() -> table.edit(0, address));
        robot.press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL).write("10.0.0.11").type(KeyCode.ENTER);
        WizardTestSupport.waitForValidation();
        assertFalse(message.isVisible(), message.getText());
        assertFalse(table.getStyleClass().contains("esw-error"));
    }

    @Test
    void aShortDatabasePasswordIsRefusedOnTheDatabasePageAndAShortSudoOneOnlyWarned(FxRobot robot) {
        go(robot, "database");
        robot.clickOn("#database-host").write("10.0.0.5");
        checkField(robot, "database", "secrets-database-password", "eleven-char", "twelve-chars");
        go(robot, "connection");
        TextField sudo = robot.lookup("#secrets-become-password").queryAs(TextField.class);
        robot.clickOn(sudo).write("sudo");
        WizardTestSupport.waitForValidation();
        Label message = robot.lookup("#secrets-become-password-message").queryAs(Label.class);
        assertTrue(message.isVisible() && message.getText().contains("The sudo password has 4 characters"),
                message.getText());
        assertTrue(message.getStyleClass().contains("esw-warning"), message.getStyleClass().toString());
    }

    private void checkField(FxRobot robot, String step, String id, String bad, String good) {
        go(robot, step);
        TextField field = robot.lookup("#" + id).queryAs(TextField.class);
        robot.interact(() -> field.setText(""));
        robot.clickOn(field).write(bad);
        WizardTestSupport.waitForValidation();
        Label message = robot.lookup("#" + id + "-message").queryAs(Label.class);
        assertTrue(field.getStyleClass().contains("esw-error"), id + " decorated");
        assertTrue(message.isVisible() && !message.getText().isBlank(), id + " message shown");
        refusesNext(robot, step);
        assertTrue(field.isFocused(), "Next puts the focus on the field to fix");

        robot.interact(() -> field.setText(""));
        robot.write(good);
        WizardTestSupport.waitForValidation();
        assertFalse(field.getStyleClass().contains("esw-error"), id + " cleared");
        assertFalse(message.isVisible() && message.getStyleClass().contains("esw-error"), id + " message cleared");
    }

    private void refusesNext(FxRobot robot, String step) {
        robot.clickOn("#next");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(step, currentStep(), "Next refused");
        assertTrue(support.banner().isVisible() && support.banner().getStyleClass().contains("esw-error"));
        assertTrue(support.banner().text().startsWith("Fix"), support.banner().text());
    }

    private void go(FxRobot robot, String step) {
        int index = 0;
        while (!window.navigation().page(index).id().equals(step)) {
            index++;
        }
        int target = index;
        robot.interact(() -> window.showPage(target));
        assertEquals(step, currentStep());
    }

    private String currentStep() {
        return window.navigation().page(window.navigation().current()).id();
    }
}
