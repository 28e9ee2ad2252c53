package io.eswizard.ui;

import io.eswizard.ui.pages.WizardPage;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;

/**
 * Where the current page shows: a form scrolls as a whole; a page laid out to the window (Run, Verify)
 * fills it. Brings a field that gets the focus into view, with its message under it.
 */
final class PageHolder extends ScrollPane {

    PageHolder() {
        setFitToWidth(true);
        setId("page-holder");
        getStyleClass().add("esw-page-holder");
    }

    void show(WizardPage page) {
        setFitToHeight(page.fillsWindow());
        setContent(page.view());
        setVvalue(0);
    }

    /** Scrolls so the node that gets the focus next shows; the page requests it later on the FX thread. */
    void revealFocusOwner() {
        Platform.runLater(() -> Platform.runLater(() -> {
            Node focused = getScene() == null ? null : getScene().getFocusOwner();
            Node content = getContent();
            if (focused == null || content == null || isFitToHeight()) {
                return;
            }
            var field = content.sceneToLocal(focused.localToScene(focused.getBoundsInLocal()));
            double viewport = getViewportBounds().getHeight();
            double scrollable = content.getBoundsInLocal().getHeight() - viewport;
            double top = getVvalue() * Math.max(0, scrollable);
            if (scrollable > 0 && (field.getMinY() < top || field.getMaxY() + 40 > top + viewport)) {
                double wanted = Math.max(0, field.getMinY() - 80);
                setVvalue(Math.min(1, wanted / scrollable));
            }
        }));
    }
}
