package io.eswizard.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.eswizard.model.field.Page;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Light and dark from the View menu, remembered; and in both themes the wizard's own texts (titles, help,
 * messages, the banner, step names, hosts) keep a WCAG AA contrast (4.5:1) with what is behind them.
 */
@ExtendWith(ApplicationExtension.class)
class ThemeTest {

    @TempDir
    static Path temp;

    private final WizardTestSupport support = new WizardTestSupport();
    private MainWindow window;

    @Start
    void start(Stage stage) throws Exception {
        window = support.open(stage, Files.createTempDirectory(temp, "theme"));
    }

    @Test
    void theViewMenuSwitchesTheThemeAndItIsRemembered(FxRobot robot) throws Exception {
        assertTrue(Application.getUserAgentStylesheet().contains("primer-light"), "light unless chosen");
        robot.clickOn("View");
        robot.clickOn("Dark theme");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(Application.getUserAgentStylesheet().contains("primer-dark"));
        assertTrue(support.stage.getScene().getRoot().getStyleClass().contains(Theme.DARK_CLASS));
        assertEquals(Theme.DARK, Theme.remembered(support.preferences));
        Stage[] second = new Stage[1];
        robot.interact(() -> {
            second[0] = new Stage();
            new MainWindow(second[0], new WizardOptions(support.preferences, temp.resolve("again"),
                    FileDialogs.native_(), false, support.recoveryInterval));
            assertTrue(second[0].getScene().getRoot().getStyleClass().contains(Theme.DARK_CLASS),
                    "a new window opens dark");
        });
        robot.interact(() -> second[0].close());
        robot.interact(() -> window.chooseTheme(Theme.LIGHT));
        assertFalse(support.stage.getScene().getRoot().getStyleClass().contains(Theme.DARK_CLASS));
        assertEquals(Theme.LIGHT, Theme.remembered(support.preferences));
    }

    @Test
    void textsKeepAaContrastInBothThemes(FxRobot robot) throws Exception {
        for (Theme theme : Theme.values()) {
            robot.interact(() -> window.chooseTheme(theme));
            List<String> low = new ArrayList<>();
            robot.interact(() -> window.tryNext());
            for (Page page : List.of(Page.START, Page.DATABASE, Page.NODES, Page.REVIEW, Page.RUN, Page.VERIFY)) {
                robot.interact(() -> window.showPage(page));
                WizardTestSupport.waitForValidation();
                if (page == Page.DATABASE) {
                    robot.interact(() -> window.tryNext());
                    WaitForAsyncUtils.waitForFxEvents();
                }
                robot.interact(() -> support.stage.getScene().getRoot().applyCss());
                robot.interact(() -> collect(support.stage.getScene().getRoot(), theme + " " + page, low));
            }
            assertEquals(List.of(), low, theme + ": texts below 4.5:1");
            assertTrue(checked[0] > 60, theme + ": only " + checked[0] + " texts checked");
            checked[0] = 0;
        }
        robot.interact(() -> window.chooseTheme(Theme.LIGHT));
    }

    private static final int[] checked = new int[1];

    /** Texts that show only in some states (a failed run, a warning): each on a page, in both themes. */
    @Test
    void stateTextsKeepAaContrastInBothThemes(FxRobot robot) {
        List<String> low = new ArrayList<>();
        for (Theme theme : Theme.values()) {
            robot.interact(() -> {
                window.chooseTheme(theme);
                javafx.scene.layout.VBox page = new javafx.scene.layout.VBox();
                page.getStyleClass().add("esw-page");
                for (String style : List.of("esw-failure-head", "esw-error", "esw-warning", "esw-ok", "esw-muted",
                        "esw-window-status", "esw-status")) {
                    javafx.scene.control.Label l = new javafx.scene.control.Label("Failed: " + style);
                    l.getStyleClass().add(style);
                    page.getChildren().add(l);
                }
                javafx.scene.control.ScrollPane holder = (javafx.scene.control.ScrollPane) support.stage.getScene()
                        .lookup("#page-holder");
                javafx.scene.Node shown = holder.getContent();
                holder.setContent(page);
                support.stage.getScene().getRoot().applyCss();
                for (Node n : page.getChildren()) {
                    javafx.scene.control.Label l = (javafx.scene.control.Label) n;
                    double ratio = contrast((Color) l.getTextFill(), background(l));
                    if (ratio < 4.5) {
                        low.add(theme + " " + l.getText() + String.format(" %.2f:1", ratio));
                    }
                }
                holder.setContent(shown);
            });
        }
        assertEquals(List.of(), low, "state texts below 4.5:1");
        robot.interact(() -> window.chooseTheme(Theme.LIGHT));
    }

    @Test
    void theMeasureTellsGreyOnWhiteFromBlackOnWhite() {
        assertTrue(contrast(Color.web("#777777"), Color.WHITE) < 4.5, "#777 on white is just below AA");
        assertEquals(21, contrast(Color.BLACK, Color.WHITE), 0.01);
        assertEquals(Color.color(0.5, 0.5, 0.5), over(Color.color(0, 0, 0, 0.5), Color.WHITE));
    }

    /** The wizard's own text classes, and the step list's and banner's labels. */
    private static final Set<String> CHECKED = Set.of("esw-page-title", "esw-page-intro", "esw-section-title",
            "esw-field-label", "esw-field-help", "esw-field-message", "esw-step-title", "esw-host", "esw-status",
            "esw-side-title");

    private static void collect(Node node, String where, List<String> low) {
        if (!node.isVisible()) {
            return;
        }
        if (node instanceof Labeled l && l.getText() != null && !l.getText().isEmpty() && (node.getStyleClass().stream()
                .anyMatch(CHECKED::contains) || "banner-message".equals(node.getId()))
                && l.getTextFill() instanceof Color text && !node.isDisabled()) {
            checked[0]++;
            Color back = background(node);
            double ratio = contrast(text, back);
            if (ratio < 4.5) {
                low.add(String.format("%s: %s \"%s\" %.2f:1 (%s on %s)", where, node.getStyleClass(),
                        l.getText().lines().findFirst().orElse(""), ratio, text, back));
            }
        }
        if (node instanceof Parent p) {
            p.getChildrenUnmodifiable().forEach(c -> collect(c, where, low));
        }
    }

    /** What shows behind the node: every ancestor's fills, composited from the root down. */
    static Color background(Node node) {
        List<Node> chain = new ArrayList<>();
        for (Node n = node; n != null; n = n.getParent()) {
            chain.add(0, n);
        }
        Color under = Color.WHITE;
        for (Node n : chain) {
            if (n instanceof Region r && r.getBackground() != null) {
                for (BackgroundFill f : r.getBackground().getFills()) {
                    if (f.getFill() instanceof Color c && f.getInsets().getTop() <= 1) {
                        under = over(c, under);
                    }
                }
            }
        }
        return under;
    }

    static Color over(Color top, Color under) {
        double a = top.getOpacity();
        return Color.color(top.getRed() * a + under.getRed() * (1 - a), top.getGreen() * a + under.getGreen() * (1 - a),
                top.getBlue() * a + under.getBlue() * (1 - a));
    }

    static double contrast(Color a, Color b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(Color c) {
        return 0.2126 * channel(c.getRed()) + 0.7152 * channel(c.getGreen()) + 0.0722 * channel(c.getBlue());
    }

    private static double channel(double v) {
        return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
    }
}
