package io.eswizard.ui.components;

import javafx.scene.control.ButtonBase;
import javafx.scene.control.Labeled;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;

/** Feather icons (Ikonli) for buttons, steps and states; colours come from the stylesheet. */
public final class Icons {

    private Icons() {
    }

    /** An icon with the wizard's style class and, when given, a state class (esw-ok, esw-error, ...). */
    public static FontIcon of(Ikon ikon, String... styleClasses) {
        FontIcon icon = new FontIcon(ikon);
        icon.getStyleClass().add("esw-icon");
        icon.getStyleClass().addAll(styleClasses);
        return icon;
    }

    /** Puts the icon before the text of a button or label. */
    public static <T extends Labeled> T on(T labeled, Ikon ikon) {
        labeled.setGraphic(of(ikon));
        return labeled;
    }

    /** A button's icon, kept when its text changes. */
    public static <T extends ButtonBase> T button(T button, Ikon ikon) {
        return on(button, ikon);
    }
}
