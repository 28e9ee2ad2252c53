package io.eswizard.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.eswizard.ansible.RunMode;
import io.eswizard.ansible.RunSummary;
import io.eswizard.model.field.Page;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javafx.event.Event;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TitledPane;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.kordamp.ikonli.javafx.FontIcon;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Review in plain words: what a run does per machine, the settings in the pages' words, the wheel
 * passing from the files to the page, and Remove this cluster only once a run changed the machines.
 */
@ExtendWith(ApplicationExtension.class)
class ReviewPageTest {

    @TempDir
    static Path temp;

    private final WizardTestSupport support = new WizardTestSupport();
    private MainWindow window;

    @Start
    void start(Stage stage) throws Exception {
        window = support.open(stage, Files.createTempDirectory(temp, "review"));
    }

    @Test
    void theMachinesPlanAndSettingsReadInPlainWords(FxRobot robot) throws Exception {
        robot.interact(() -> window.showPage(Page.REVIEW));
        WizardTestSupport.waitForValidation();
        VBox plan = robot.lookup("#review-plan").queryAs(VBox.class);
        assertTrue(plan.getChildren().size() >= 4, "a pane per machine: " + plan.getChildren());
        String planText = plan.getChildren().stream().map(n -> ((Label) ((TitledPane) n).getContent()).getText())
                .reduce("", String::concat);
        assertTrue(planText.contains("installs MariaDB") && planText.contains("installs NGINX")
                && planText.contains("edits publisher-1's carbon.xml"), planText);
        String settings = robot.lookup("#review-settings").queryAs(VBox.class).getChildren().stream()
                .map(n -> ((Label) ((TitledPane) n).getContent()).getText()).reduce("", String::concat);
        assertTrue(settings.contains("Membership: Well-known members"), settings);
        assertFalse(settings.contains("(empty)"), settings);
        assertFalse(robot.lookup("#review-remove-cluster").query().isVisible(), "nothing to remove before a run");
    }

    @Test
    void removingIsOfferedAfterARunAndItsIconShowsInTheLightTheme(FxRobot robot) throws Exception {
        Path dir = Files.createDirectories(temp.resolve("ran"));
        Path file = dir.resolve("ran.eswiz");
        support.nextSaveFile = file;
        robot.interact(() -> window.save(ok -> { }));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> Files.exists(file));
        Path run = Files.createDirectories(dir.resolve(".esw-runs/20260101-000000"));
        new RunSummary("2026-01-01T00:00:00Z", "2026-01-01T00:01:00Z", RunMode.APPLY, List.of(), 0, false,
                RunSummary.Outcome.SUCCEEDED, Map.of(), 1, List.of(), "", "site.yml").writeTo(run);
        robot.interact(() -> window.chooseTheme(Theme.LIGHT));
        robot.interact(() -> window.showPage(Page.REVIEW));
        Button remove = robot.lookup("#review-remove-cluster").queryButton();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, remove::isVisible);
        robot.interact(() -> remove.getScene().getRoot().applyCss());
        Color icon = (Color) ((FontIcon) remove.getGraphic()).getIconColor();
        double ratio = ThemeTest.contrast(icon, ThemeTest.background(remove));
        assertTrue(ratio >= 3, "the icon stands out from the button: " + ratio + " " + icon);
    }

    @Test
    void theWheelPassesFromTheFilesToThePage(FxRobot robot) throws Exception {
        robot.interact(() -> window.showPage(Page.REVIEW));
        TabPane files = robot.lookup("#review-files").queryAs(TabPane.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !files.getTabs().isEmpty()
                && files.getTabs().get(0).getContent() instanceof TextArea);
        TextArea area = (TextArea) files.getSelectionModel().getSelectedItem().getContent();
        ScrollPane page = robot.lookup("#page-holder").queryAs(ScrollPane.class);
        robot.interact(() -> page.setVvalue(0.5));
        ScrollPane inner = (ScrollPane) area.lookup(".scroll-pane");
        robot.interact(() -> inner.setVvalue(inner.getVmax()));
        double before = page.getVvalue();
        robot.interact(() -> wheel(area, -40));
        assertTrue(page.getVvalue() > before, "at the file's end the page scrolls on: " + page.getVvalue());

        robot.interact(() -> inner.setVvalue(inner.getVmin()));
        double again = page.getVvalue();
        robot.interact(() -> wheel(area, 40));
        assertTrue(page.getVvalue() < again, "at the file's top the page scrolls back: " + page.getVvalue());
    }

    private static void wheel(Node target, double deltaY) {
        Event.fireEvent(target, new ScrollEvent(ScrollEvent.SCROLL, 10, 10, 10, 10, false, false, false, false, false,
                false, 0, deltaY, 0, deltaY, ScrollEvent.HorizontalTextScrollUnits.NONE, 0,
                ScrollEvent.VerticalTextScrollUnits.NONE, 0, 0, null));
    }
}
