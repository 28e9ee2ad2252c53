package io.eswizard.ui;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.image.Image;
import javafx.stage.Stage;

/** The app icon in every size the jar carries under /icons/; none is fine too. */
public final class AppIcons {

    private static final int[] SIZES = {16, 24, 32, 48, 64, 128, 256, 512};
    private static List<Image> icons;

    private AppIcons() {
    }

    public static void applyTo(Stage stage) {
        stage.getIcons().setAll(all());
    }

    private static synchronized List<Image> all() {
        if (icons == null) {
            List<Image> found = new ArrayList<>();
            for (int size : SIZES) {
                InputStream in = AppIcons.class.getResourceAsStream("/icons/es-cluster-wizard-" + size + ".png");
                if (in != null) {
                    found.add(new Image(in));
                }
            }
            icons = List.copyOf(found);
        }
        return icons;
    }
}
