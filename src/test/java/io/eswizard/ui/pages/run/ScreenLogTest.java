package io.eswizard.ui.pages.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import javafx.collections.ListChangeListener;
import org.junit.jupiter.api.Test;

/** The on-screen log: bounded, bulk changes, and change events a ListView can follow exactly. */
class ScreenLogTest {

    private static List<String> lines(int from, int to) {
        return IntStream.range(from, to).mapToObj(i -> "line " + i).toList();
    }

    /** Replays every change onto a plain list, as ListView and its selection model do. */
    private static final class Mirror implements ListChangeListener<String> {
        final List<String> copy = new ArrayList<>();
        int events;

        @Override
        public void onChanged(Change<? extends String> c) {
            events++;
            while (c.next()) {
                assertFalse(c.wasPermutated() || c.wasUpdated());
                if (c.wasRemoved()) {
                    List<String> gone = copy.subList(c.getFrom(), c.getFrom() + c.getRemovedSize());
                    assertEquals(gone, c.getRemoved());
                    gone.clear();
                }
                if (c.wasAdded()) {
                    copy.addAll(c.getFrom(), c.getAddedSubList());
                }
            }
        }
    }

    @Test
    void appendKeepsTheNewestLinesAndReportsOneChange() {
        ScreenLog log = new ScreenLog(10);
        Mirror mirror = new Mirror();
        log.addListener(mirror);

        assertEquals(0, log.append(lines(0, 6)));
        assertEquals(2, log.append(lines(6, 12)));
        assertEquals(lines(2, 12), log);
        assertEquals(log, mirror.copy);
        assertEquals(2, mirror.events, "one change per append");
    }

    @Test
    void aBatchLargerThanTheScreenKeepsItsOwnTail() {
        ScreenLog log = new ScreenLog(10);
        Mirror mirror = new Mirror();
        log.addListener(mirror);
        log.append(lines(0, 4));

        assertEquals(4 + 15, log.append(lines(4, 29)));
        assertEquals(lines(19, 29), log);
        assertEquals(log, mirror.copy);
    }

    @Test
    void otherEditsStillNotifyCorrectly() {
        ScreenLog log = new ScreenLog(100);
        Mirror mirror = new Mirror();
        log.addListener(mirror);
        log.addAll(lines(0, 20));
        log.add("x");
        log.add(0, "y");
        log.remove(3, 8);
        log.set(1, "z");
        log.addAll(2, List.of("a", "b"));
        log.remove("x");
        assertEquals(log, mirror.copy);
        log.clear();
        assertTrue(log.isEmpty());
        assertTrue(mirror.copy.isEmpty());
        assertFalse(log.addAll(List.of()));
    }
}
