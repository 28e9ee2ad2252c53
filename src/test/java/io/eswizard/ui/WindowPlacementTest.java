package io.eswizard.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.prefs.Preferences;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The window opens inside the screen's visible part, and its size, position and maximised state are remembered. */
@ExtendWith(ApplicationExtension.class)
class WindowPlacementTest {

    @TempDir
    Path temp;

    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @Test
    void aSmallScreenGetsAWindowOfItsVisiblePart() {
        Rectangle2D small = new Rectangle2D(0, 24, 1024, 744);
        Rectangle2D box = WindowPlacement.fit(small, Double.NaN, Double.NaN, WindowPlacement.WIDTH,
                WindowPlacement.HEIGHT);
        assertEquals(new Rectangle2D(0, 24, 1024, 744), box);
    }

    @Test
    void aLargeScreenCentresTheDefaultSize() {
        Rectangle2D box = WindowPlacement.fit(new Rectangle2D(0, 0, 1920, 1080), Double.NaN, Double.NaN, 1280, 800);
        assertEquals(new Rectangle2D(320, 140, 1280, 800), box);
    }

    @Test
    void aRememberedPlaceOffTheScreenComesBackInside() {
        Rectangle2D box = WindowPlacement.fit(new Rectangle2D(0, 0, 1024, 768), 3000, -50, 800, 600);
        assertEquals(new Rectangle2D(224, 0, 800, 600), box);
    }

    @Test
    void theWindowOpensWithinTheScreenAndRemembersItsPlace() throws Exception {
        FxRobot robot = new FxRobot();
        Rectangle2D visible = Screen.getPrimary().getVisualBounds();
        WizardTestSupport first = new WizardTestSupport();
        robot.interact(() -> first.open(stage, Files.createTempDirectory(temp, "a")));
        Preferences prefs = first.preferences;
        assertTrue(stage.getWidth() <= visible.getWidth() && stage.getHeight() <= visible.getHeight(),
                "fits: " + stage.getWidth() + "x" + stage.getHeight() + " in " + visible);
        assertTrue(visible.contains(stage.getX(), stage.getY()), "top left on the screen");
        double w = Math.min(1000, visible.getWidth() - 10);
        double h = Math.min(700, visible.getHeight() - 10);
        robot.interact(() -> {
            stage.setX(visible.getMinX() + 5);
            stage.setY(visible.getMinY() + 7);
            stage.setWidth(w);
            stage.setHeight(h);
            stage.hide();
        });
        assertEquals(w, prefs.getDouble(WindowPlacement.W, 0), 0.5);
        assertEquals(visible.getMinY() + 7, prefs.getDouble(WindowPlacement.Y, 0), 0.5);
        assertFalse(prefs.getBoolean(WindowPlacement.MAXIMISED, true));

        Stage[] second = new Stage[1];
        robot.interact(() -> {
            second[0] = new Stage();
            WindowPlacement.restore(second[0], prefs);
        });
        assertEquals(w, second[0].getWidth(), 0.5);
        assertEquals(h, second[0].getHeight(), 0.5);
        assertEquals(visible.getMinX() + 5, second[0].getX(), 0.5);
        assertEquals(visible.getMinY() + 7, second[0].getY(), 0.5);

        prefs.putBoolean(WindowPlacement.MAXIMISED, true);
        robot.interact(() -> {
            second[0] = new Stage();
            WindowPlacement.restore(second[0], prefs);
        });
        assertTrue(second[0].isMaximized(), "maximised is remembered");
    }
}
