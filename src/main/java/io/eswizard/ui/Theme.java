package io.eswizard.ui;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import java.util.Locale;
import java.util.prefs.Preferences;
import javafx.application.Application;
import javafx.scene.Scene;

/**
 * The wizard's look: AtlantaFX's Primer theme, light or dark. The choice is the application's
 * user-agent stylesheet (dialogs follow it) and is remembered in the preferences.
 */
public enum Theme {
    LIGHT("_Light theme", new PrimerLight().getUserAgentStylesheetBSS()),
    DARK("_Dark theme", new PrimerDark().getUserAgentStylesheetBSS());

    static final String PREFERENCE = "theme";
    /** Style class on the window's root in the dark theme, for the few colours the wizard's sheet sets itself. */
    static final String DARK_CLASS = "esw-dark";

    private final String menuText;
    private final String stylesheet;

    Theme(String menuText, String stylesheet) {
        this.menuText = menuText;
        this.stylesheet = stylesheet;
    }

    public String menuText() {
        return menuText;
    }

    /** The remembered theme; light when none was chosen or the preference is unknown. */
    public static Theme remembered(Preferences preferences) {
        String name = preferences.get(PREFERENCE, LIGHT.name());
        try {
            return valueOf(name.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return LIGHT;
        }
    }

    public void remember(Preferences preferences) {
        preferences.put(PREFERENCE, name());
    }

    /** Makes this the look of every window, and marks the scene's root for the wizard's own sheet. */
    public void apply(Scene scene) {
        Application.setUserAgentStylesheet(stylesheet);
        if (scene != null && scene.getRoot() != null) {
            scene.getRoot().getStyleClass().remove(DARK_CLASS);
            if (this == DARK) {
                scene.getRoot().getStyleClass().add(DARK_CLASS);
            }
        }
    }
}
