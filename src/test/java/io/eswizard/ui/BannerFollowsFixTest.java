package io.eswizard.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.eswizard.model.field.Page;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The banner goes as soon as its problem is fixed, and a change that breaks another page says so where it is made. */
@ExtendWith(ApplicationExtension.class)
class BannerFollowsFixTest {

    @TempDir
    static Path temp;

    private final WizardTestSupport support = new WizardTestSupport();
    private MainWindow window;

    @Start
    void start(Stage stage) throws Exception {
        window = support.open(stage, Files.createTempDirectory(temp, "banner"));
    }

    @Test
    void theRefusalBannerClearsOnTheFixNotOnTheNextNext(FxRobot robot) {
        robot.interact(() -> window.showPage(Page.DATABASE));
        WizardTestSupport.waitForValidation();
        robot.interact(() -> window.tryNext());
        assertTrue(!support.banner().text().isEmpty(), "Next refused");
        robot.clickOn("#database-host").write("10.0.0.5");
        WizardTestSupport.waitForValidation();
        assertEquals("", support.banner().text(), "the fix clears the banner");
    }

    @Test
    void aClashCausedHereIsShownHereWithALink(FxRobot robot) {
        robot.interact(() -> window.state().edit(p -> p.withNodes(java.util.stream.IntStream
                .range(0, p.nodes().size()).mapToObj(i -> p.nodes().get(i).withAddress("10.0.0." + (11 + i)))
                .toList())));
        robot.interact(() -> window.showPage(Page.SSO));
        WizardTestSupport.waitForValidation();
        // publisher-1's HTTPS port is 9443, the Identity Server's too: the same address clashes on Nodes
        String nodeAddress = window.state().project().nodes().get(0).address();
        TextField is = robot.lookup("#sso-is-address").queryAs(TextField.class);
        robot.interact(() -> is.setText(""));
        robot.clickOn(is).write(nodeAddress);
        WizardTestSupport.waitForValidation();
        String text = support.banner().text();
        assertTrue(text.startsWith("This change causes a problem in Nodes › publisher-1"), text);
        robot.clickOn("#banner-action");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Page.NODES, window.navigation().page(window.navigation().current()), "the link leads there");
    }
}
