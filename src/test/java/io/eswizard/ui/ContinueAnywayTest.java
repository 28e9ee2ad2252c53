package io.eswizard.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.eswizard.model.ClusterProject;
import io.eswizard.model.EsNode;
import io.eswizard.model.ProjectDefaults;
import io.eswizard.model.field.Page;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.Button;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * By keyboard alone: Enter asks about a page's warnings, the banner's "Continue anyway" shows whole and
 * Ctrl+Enter (or Alt+A) accepts them; the focused button shows a focus ring.
 */
@ExtendWith(ApplicationExtension.class)
class ContinueAnywayTest {

    @TempDir
    static Path temp;

    private final WizardTestSupport support = new WizardTestSupport();
    private MainWindow window;

    @Start
    void start(Stage stage) throws Exception {
        window = support.open(stage, Files.createTempDirectory(temp, "warn"));
        stage.setWidth(1024);
        stage.setHeight(768);
    }

    /** A production project with addresses filled in: only the placeholder host names warn (Cluster page). */
    static ClusterProject withAddresses() {
        ClusterProject p = ProjectDefaults.reference("shop", 2, 2);
        List<EsNode> nodes = new ArrayList<>();
        for (int i = 0; i < p.nodes().size(); i++) {
            nodes.add(p.nodes().get(i).withAddress("10.0.0." + (11 + i)));
        }
        return p.withNodes(nodes).withDatabase(p.database().withHost("10.0.0.5"))
                .withSso(p.sso().withIdentityServer("10.0.0.6", p.sso().isHome()))
                .withLoadBalancer(p.loadBalancer().withAddress("10.0.0.7"));
    }

    @Test
    void warningsAreAcceptedByKeyboard(FxRobot robot) {
        robot.interact(() -> {
            window.state().replace(withAddresses(), null, false);
            window.showPage(Page.CLUSTER);
        });
        WizardTestSupport.waitForValidation();
        robot.clickOn("#clustering-domain");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Page.CLUSTER, window.navigation().page(window.navigation().current()), "warned, not moved");
        assertTrue(support.banner().text().startsWith("Please check:"),
                "banner: [" + support.banner().text() + "] problems " + window.state().problems());
        Button action = robot.lookup("#banner-action").queryButton();
        assertEquals("Continue _anyway", action.getText());
        assertTrue(action.getWidth() >= action.prefWidth(-1) - 0.5, "the button shows its whole text");
        robot.press(KeyCode.CONTROL).press(KeyCode.ENTER).release(KeyCode.ENTER).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Page.SSO, window.navigation().page(window.navigation().current()), "Ctrl+Enter continued");

        robot.interact(() -> window.showPage(Page.CLUSTER));
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Page.SSO, window.navigation().page(window.navigation().current()), "accepted once, Next passes");
    }

    @Test
    void theFocusedButtonShowsARing(FxRobot robot) {
        Button next = robot.lookup("#next").queryButton();
        robot.interact(next::requestFocus);
        robot.interact(() -> next.applyCss());
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(next.isFocused());
        assertTrue(next.getBorder() != null && !next.getBorder().getStrokes().isEmpty()
                && next.getBorder().getStrokes().get(0).getWidths().getTop() >= 2, "a 2px ring");
        Button back = robot.lookup("#back").queryButton();
        assertFalse(back.isFocused());
    }
}
