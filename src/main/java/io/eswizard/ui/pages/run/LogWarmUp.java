package io.eswizard.ui.pages.run;

import java.util.ArrayList;
import java.util.List;
import javafx.animation.AnimationTimer;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.Parent;
import javafx.scene.control.ListView;

/**
 * Gets the log list ready for its first flood while nobody is watching it. Without it, the first
 * batch of the first run builds and styles a screenful of cells at once, with code the JVM has not
 * compiled yet, and the frame takes 50-100 ms. Laid out with lines like Ansible's and given its own
 * items back before any frame is drawn, the list keeps those cells for the run, and by the time a
 * run starts the code that fills them has run often enough to be compiled.
 */
final class LogWarmUp {

    /** More lines than any screen shows; only the visible ones get cells. */
    static final int SAMPLE_LINES = 200;
    /** Screens scrolled through in the first round, as a flood scrolls the list. */
    static final int SCROLL_PASSES = 6;
    /** Rounds in the following frames, one each: a few hundred cell fills in all. */
    static final int FOLLOW_UP_ROUNDS = 30;

    private LogWarmUp() {
    }

    /**
     * Lays the list out with sample lines and puts its own items back, all before the next frame, so
     * the samples are never drawn. Needs the list in a showing scene; does nothing otherwise.
     */
    static void run(ListView<String> list) {
        if (list.getScene() == null || list.getScene().getWindow() == null
                || !list.getScene().getWindow().isShowing()) {
            return;
        }
        Parent root = list.getScene().getRoot();
        // The page was just put on screen and has no size yet; this layout is the one the next
        // frame would have done.
        root.applyCss();
        root.layout();
        ObservableList<String> items = list.getItems();
        ObservableList<String> sample = sample();
        list.setItems(sample);
        list.layout();
        // A few screens further on, as a flood scrolls it: the cells take new lines of text.
        for (int pass = 1; pass <= SCROLL_PASSES; pass++) {
            list.scrollTo(pass * SAMPLE_LINES / (SCROLL_PASSES + 1));
            list.layout();
        }
        list.setItems(items);
        list.layout();
        // The code that fills cells is compiled only after it has run a few hundred times: more
        // rounds follow, one per frame so that none is long, until a run puts lines in the list.
        new AnimationTimer() {
            private int round;

            @Override
            public void handle(long now) {
                if (++round > FOLLOW_UP_ROUNDS || list.getItems() != items || !items.isEmpty()) {
                    stop();
                    return;
                }
                list.setItems(sample);
                list.scrollTo((round * 37) % SAMPLE_LINES);
                list.layout();
                list.setItems(items);
                list.layout();
            }
        }.start();
    }

    private static ObservableList<String> sample() {
        List<String> lines = new ArrayList<>(SAMPLE_LINES);
        for (int i = 0; lines.size() < SAMPLE_LINES; i++) {
            lines.add("TASK [es_node : Configure the registry mount " + i + "] *****");
            lines.add("  publisher-" + i + ".example.org: ok");
            lines.add("  store-" + i + ".example.org: changed");
            lines.add("[WARNING]: a module printed a warning line of typical length, number " + i);
        }
        return FXCollections.observableArrayList(lines);
    }
}
