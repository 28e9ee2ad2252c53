package io.eswizard.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.eswizard.model.field.Page;
import io.eswizard.ui.pages.WizardPage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * At 1024x768 and 1280x800, every page's own actions, its status line and Back/Next/Save show without
 * scrolling the page; a refused Next shows its banner and brings the field to fix into view.
 */
@ExtendWith(ApplicationExtension.class)
class PageFitTest {

    @TempDir
    static Path temp;

    private final WizardTestSupport support = new WizardTestSupport();
    private MainWindow window;
    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        window = support.open(stage, Files.createTempDirectory(temp, "fit"));
    }

    @Test
    void at1024x768() throws Exception {
        everyPageFits(1024, 768);
    }

    @Test
    void at1280x800() throws Exception {
        everyPageFits(1280, 800);
    }

    private void everyPageFits(int width, int height) throws Exception {
        FxRobot robot = new FxRobot();
        robot.interact(() -> {
            stage.setX(0);
            stage.setY(0);
            stage.setWidth(width);
            stage.setHeight(height);
        });
        support.nextSandbox = new SandboxChoice("", "", temp.resolve("sandbox-" + width).toString());
        robot.interact(() -> window.newLocalSandbox());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> window.state().fileProperty().get() != null);
        List<String> hidden = new ArrayList<>();
        int actions = 0;
        List<WizardStep> steps = WizardSteps.all();
        for (int i = 0; i < steps.size(); i++) {
            int index = i;
            robot.interact(() -> window.showPage(index));
            WizardTestSupport.waitForValidation();
            Node page = ((ScrollPane) stage.getScene().lookup("#page-holder")).getContent();
            String name = steps.get(i).title() + " at " + width + "x" + height;
            List<Node> shown = new ArrayList<>(page.lookupAll("." + WizardPage.ACTION));
            actions += shown.size();
            shown.addAll(page.lookupAll(".esw-status"));
            shown.addAll(stage.getScene().getRoot().lookupAll(".esw-nav-bar .button"));
            shown.add(stage.getScene().lookup(".menu-bar"));
            shown.addAll(stage.getScene().getRoot().lookupAll(".menu-bar .menu-button"));
            shown.add(stage.getScene().lookup("#step-list"));
            stage.getScene().getRoot().lookupAll("#step-list .list-cell").stream()
                    .filter(c -> !((javafx.scene.control.ListCell<?>) c).isEmpty()).forEach(shown::add);
            for (Node n : shown) {
                if (n.isVisible() && n.getLayoutBounds().getHeight() > 0 && !inView(n)) {
                    hidden.add(name + ": " + n.getId() + " " + n.getStyleClass());
                }
            }
            hidden.addAll(clippedSideways(page, name));
        }
        assertEquals(List.of(), hidden, "shown only after scrolling the page");
        assertTrue(actions >= 25, "the pages' actions were found: " + actions);

        // a page that refuses Next: the banner, and the field to fix brought into view
        robot.interact(() -> window.newProject());
        robot.interact(() -> window.showPage(Page.LOAD_BALANCER));
        WizardTestSupport.waitForValidation();
        ScrollPane holder = robot.lookup("#page-holder").queryAs(ScrollPane.class);
        robot.interact(() -> holder.setVvalue(1));
        robot.interact(() -> window.tryNext());
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.sleep(200, TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(support.banner().text().isEmpty());
        assertTrue(inView(robot.lookup("#banner-message").query()), "the banner shows");
        Node focused = stage.getScene().getFocusOwner();
        assertEquals("load-balancer-address", focused.getId());
        assertTrue(inView(focused), "the field to fix was scrolled into view");
    }

    /**
     * The page's controls that reach past the right edge of the part of the page on screen, or that are
     * narrower than they need to be, so their text would be cut.
     */
    private List<String> clippedSideways(Node page, String name) {
        Node holder = stage.getScene().lookup("#page-holder");
        Bounds view = holder.localToScene(holder.getBoundsInLocal());
        List<String> clipped = new ArrayList<>();
        for (Node n : page.lookupAll(".button, .label, .check-box, .text-field, .combo-box, .hyperlink")) {
            if (!n.isVisible() || !(n instanceof javafx.scene.control.Control c) || !showing(c, page)) {
                continue;
            }
            Bounds b = n.localToScene(n.getBoundsInLocal());
            if (b.getWidth() == 0) {
                continue;
            }
            if (b.getMaxX() > view.getMaxX() + 1) {
                clipped.add(name + ": past the right edge: " + describe(c));
            } else if (c instanceof javafx.scene.control.Button button && !button.getText().isEmpty()
                    && c.getWidth() + 0.5 < c.minWidth(-1)) {
                clipped.add(name + ": cut: " + describe(c));
            }
        }
        return clipped;
    }

    private static boolean showing(Node n, Node page) {
        for (Node p = n; p != null && p != page; p = p.getParent()) {
            if (!p.isVisible() || !p.isManaged() && p != n) {
                return false;
            }
        }
        return true;
    }

    private static String describe(javafx.scene.control.Control c) {
        String text = c instanceof javafx.scene.control.Labeled l ? l.getText() : "";
        return c.getClass().getSimpleName() + " " + c.getId() + " '" + text + "'";
    }

    /** Inside the window and, for a node on the page, inside the part of the page on screen. */
    private boolean inView(Node n) {
        Bounds b = n.localToScene(n.getBoundsInLocal());
        Bounds scene = new javafx.geometry.BoundingBox(0, 0, stage.getScene().getWidth(),
                stage.getScene().getHeight());
        if (!scene.contains(b.getMinX(), b.getMinY()) || !scene.contains(b.getMaxX() - 1, b.getMaxY() - 1)) {
            return false;
        }
        Node holder = stage.getScene().lookup("#page-holder");
        for (Node p = n.getParent(); p != null; p = p.getParent()) {
            if (p == holder) {
                Bounds view = holder.localToScene(holder.getBoundsInLocal());
                return b.getMinY() >= view.getMinY() - 1 && b.getMaxY() <= view.getMaxY() + 1;
            }
        }
        return true;
    }
}
