package io.eswizard.ui;

import java.util.List;
import java.util.prefs.Preferences;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;

/**
 * Where the window opens: its remembered size, position and maximised state, kept inside the visible
 * bounds of a screen (a 1024x768 screen gets a window of at most its visible part). Remembered when the
 * window closes.
 */
final class WindowPlacement {

    /** The size the window asks for when nothing is remembered and the screen has room. */
    static final double WIDTH = 1280;
    static final double HEIGHT = 800;
    static final double MIN_WIDTH = 900;
    static final double MIN_HEIGHT = 600;

    static final String X = "window.x";
    static final String Y = "window.y";
    static final String W = "window.width";
    static final String H = "window.height";
    static final String MAXIMISED = "window.maximised";

    private WindowPlacement() {
    }

    /**
     * The box the window gets on a screen whose visible part is {@code visible}: the wanted size cut to
     * it, and the wanted position moved inside it; centred when no position is wanted (NaN).
     */
    static Rectangle2D fit(Rectangle2D visible, double x, double y, double width, double height) {
        double w = Math.min(width, visible.getWidth());
        double h = Math.min(height, visible.getHeight());
        double left = Double.isNaN(x) ? visible.getMinX() + (visible.getWidth() - w) / 2 : x;
        double top = Double.isNaN(y) ? visible.getMinY() + (visible.getHeight() - h) / 2 : y;
        left = Math.max(visible.getMinX(), Math.min(left, visible.getMaxX() - w));
        top = Math.max(visible.getMinY(), Math.min(top, visible.getMaxY() - h));
        return new Rectangle2D(left, top, w, h);
    }

    /** The visible bounds of the screen that holds most of the box, or of the primary screen. */
    static Rectangle2D screenOf(double x, double y, double width, double height) {
        if (!Double.isNaN(x) && !Double.isNaN(y)) {
            List<Screen> screens = Screen.getScreensForRectangle(x, y, Math.max(1, width), Math.max(1, height));
            if (!screens.isEmpty()) {
                return screens.get(0).getVisualBounds();
            }
        }
        return Screen.getPrimary().getVisualBounds();
    }

    /** Sizes and places the stage from the preferences, within a screen, before it shows. */
    static void restore(Stage stage, Preferences preferences) {
        double x = preferences.getDouble(X, Double.NaN);
        double y = preferences.getDouble(Y, Double.NaN);
        double w = positive(preferences.getDouble(W, WIDTH), WIDTH);
        double h = positive(preferences.getDouble(H, HEIGHT), HEIGHT);
        Rectangle2D visible = screenOf(x, y, w, h);
        Rectangle2D box = fit(visible, x, y, w, h);
        stage.setMinWidth(Math.min(MIN_WIDTH, visible.getWidth()));
        stage.setMinHeight(Math.min(MIN_HEIGHT, visible.getHeight()));
        stage.setX(box.getMinX());
        stage.setY(box.getMinY());
        stage.setWidth(box.getWidth());
        stage.setHeight(box.getHeight());
        stage.setMaximized(preferences.getBoolean(MAXIMISED, false));
    }

    /** Keeps the last size and position the window had while not maximised, and writes them on close. */
    static void rememberOnClose(Stage stage, Preferences preferences) {
        double[] normal = {stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight()};
        Runnable track = () -> {
            if (!stage.isMaximized() && !stage.isIconified()) {
                normal[0] = stage.getX();
                normal[1] = stage.getY();
                normal[2] = stage.getWidth();
                normal[3] = stage.getHeight();
            }
        };
        stage.xProperty().addListener((o, old, v) -> track.run());
        stage.yProperty().addListener((o, old, v) -> track.run());
        stage.widthProperty().addListener((o, old, v) -> track.run());
        stage.heightProperty().addListener((o, old, v) -> track.run());
        stage.showingProperty().addListener((o, was, showing) -> {
            if (!showing) {
                remember(preferences, normal, stage.isMaximized());
            }
        });
    }

    static void remember(Preferences preferences, double[] box, boolean maximised) {
        preferences.putDouble(X, box[0]);
        preferences.putDouble(Y, box[1]);
        preferences.putDouble(W, box[2]);
        preferences.putDouble(H, box[3]);
        preferences.putBoolean(MAXIMISED, maximised);
    }

    private static double positive(double value, double fallback) {
        return value > 0 && Double.isFinite(value) ? value : fallback;
    }
}
