package io.eswizard.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.eswizard.model.field.Field;
import io.eswizard.model.ClusterProject;
import io.eswizard.model.EsNode;
import io.eswizard.project.ProjectFiles;
import io.eswizard.ui.components.Banner;
import io.eswizard.ui.pages.nodes.NodeRow;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
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

/** A new 2+2 project walked through every page by keyboard and mouse, saved and reopened. */
@ExtendWith(ApplicationExtension.class)
class WizardWalkTest {

    @TempDir
    static Path temp;

    private final WizardTestSupport support = new WizardTestSupport();
    private MainWindow window;

    @Start
    void start(Stage stage) {
        window = support.open(stage, temp);
    }

    @Test
    void newProjectThroughEveryPageSavedAndReopened(FxRobot robot) throws Exception {
        robot.clickOn("#new-project");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("connection", step());

        next(robot);
        assertEquals("database", step());
        robot.clickOn("#database-host").write("10.0.0.5");
        robot.clickOn("#secrets-database-password").write("s3cret passphrase");
        next(robot);

        assertEquals("nodes", step());
        TableView<NodeRow> table = robot.lookup("#nodes-table").queryTableView();
        @SuppressWarnings("unchecked")
        TableColumn<NodeRow, ?> address = (TableColumn<NodeRow, ?>) table.getColumns().stream()
                .filter(c -> "node-address".equals(c.getId())).findFirst().orElseThrow();
        for (int i = 0; i < 4; i++) {
            int row = i;
            robot.interact(() -> table.edit(row, address));
            robot.write("10.0.0." + (11 + i)).type(KeyCode.ENTER);
        }
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("nodes", step(), "Enter in a table cell commits the cell, not the page");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("nodes", step(), "Enter on the table edits a cell, it does not leave the page");
        robot.type(KeyCode.ESCAPE);
        // from the Next button, Enter is Next again
        robot.interact(() -> robot.lookup("#next").query().requestFocus());
        next(robot);

        assertEquals("cluster", step());
        robot.doubleClickOn("#host-names-publisher").eraseText(40).write("publisher.acme.org");
        robot.doubleClickOn("#host-names-store").eraseText(40).write("store.acme.org");
        next(robot);

        assertEquals("sso", step());
        robot.clickOn("#sso-is-address").write("10.0.0.6");
        next(robot);

        assertEquals("load-balancer", step());
        robot.clickOn("#load-balancer-address").write("10.0.0.7");
        next(robot);

        assertEquals("review", step());
        Path file = temp.resolve("walk.yaml");
        support.nextSaveFile = file;
        robot.press(KeyCode.CONTROL).type(KeyCode.S).release(KeyCode.CONTROL);
        waitUntil(() -> Files.exists(file) && !window.state().isDirty());

        ClusterProject saved = ProjectFiles.load(file);
        assertEquals("10.0.0.5", saved.database().host());
        assertEquals(List.of("10.0.0.11", "10.0.0.12", "10.0.0.13", "10.0.0.14"),
                saved.nodes().stream().map(EsNode::address).toList());
        assertEquals("publisher.acme.org", saved.hostNames().publisher());
        assertEquals("10.0.0.6", saved.sso().isAddress());
        assertEquals("10.0.0.7", saved.loadBalancer().address());
        assertFalse(Files.readString(file).contains("s3cret"), "passwords are never saved");
        assertTrue(robot.lookup(".root").queryAs(javafx.scene.Parent.class).getScene().getWindow() instanceof Stage s
                && !s.getTitle().startsWith("*"));

        robot.interact(() -> window.newProject());
        robot.interact(() -> window.open(file));
        waitUntil(() -> "10.0.0.5".equals(window.state().project().database().host()));
        robot.interact(() -> window.goToField(Field.DATABASE_HOST.ref()));
        assertEquals("10.0.0.5", robot.lookup("#database-host").queryAs(TextField.class).getText());
        assertEquals("", robot.lookup("#secrets-database-password").queryAs(TextField.class).getText());
    }

    private String step() {
        return window.navigation().page(window.navigation().current()).id();
    }

    /** Enter = Next; warnings shown in the banner are accepted. */
    private void next(FxRobot robot) {
        WizardTestSupport.waitForValidation();
        String before = step();
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        Banner banner = support.banner();
        if (step().equals(before) && banner.isVisible() && banner.getStyleClass().contains("esw-warning")) {
            robot.clickOn("#banner-action");
            WaitForAsyncUtils.waitForFxEvents();
        }
        assertFalse(step().equals(before), "Next refused: " + banner.text());
    }

    private static void waitUntil(java.util.concurrent.Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
