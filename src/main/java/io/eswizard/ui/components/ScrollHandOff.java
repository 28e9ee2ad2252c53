package io.eswizard.ui.components;

import javafx.event.Event;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.input.ScrollEvent;

/**
 * A text area inside a scrolling page: the wheel scrolls the area while it can, and then the page, so
 * the wheel never gets stuck over the area.
 */
public final class ScrollHandOff {

    private ScrollHandOff() {
    }

    /** Passes the wheel on to {@code outer} (and so to the page around it) at the area's top or bottom. */
    public static void toParent(TextArea area, Node outer) {
        area.addEventFilter(ScrollEvent.SCROLL, e -> {
            if (e.getDeltaY() == 0 || !(area.lookup(".scroll-pane") instanceof ScrollPane inner)) {
                return;
            }
            boolean atTop = inner.getVvalue() <= inner.getVmin();
            boolean atBottom = inner.getVvalue() >= inner.getVmax()
                    || inner.getContent() != null
                    && inner.getContent().getLayoutBounds().getHeight() <= inner.getViewportBounds().getHeight();
            if (e.getDeltaY() > 0 && atTop || e.getDeltaY() < 0 && atBottom) {
                e.consume();
                Event.fireEvent(outer, e.copyFor(outer, outer));
            }
        });
    }
}
