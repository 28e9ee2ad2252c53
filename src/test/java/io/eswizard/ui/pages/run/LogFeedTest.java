package io.eswizard.ui.pages.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The feed hands the UI at most one drain's worth of the newest lines, however fast output comes. */
class LogFeedTest {

    @Test
    void aFloodReachesTheScreenAsItsNewestLinesWithACountOfTheRest() {
        List<Runnable> scheduled = new ArrayList<>();
        List<LogFeed.Batch> batches = new ArrayList<>();
        LogFeed feed = new LogFeed(scheduled::add, batches::add, 100);

        for (int i = 1; i <= 10_000; i++) {
            feed.onLine("line " + i);
        }
        assertEquals(1, scheduled.size(), "one drain is scheduled at a time");
        scheduled.remove(0).run();

        List<String> shown = batches.get(0).lines();
        assertEquals(101, shown.size());
        assertTrue(shown.get(0).contains("9900 lines not shown"), shown.get(0));
        assertEquals("line 9901", shown.get(1));
        assertEquals("line 10000", shown.get(100));
        assertEquals(9_900, feed.skippedLines());
    }

    @Test
    void ordinaryOutputIsShownWholeAndInOrder() {
        List<Runnable> scheduled = new ArrayList<>();
        List<String> shown = new ArrayList<>();
        LogFeed feed = new LogFeed(scheduled::add, b -> shown.addAll(b.lines()), 100);
        for (int i = 1; i <= 250; i++) {
            feed.onLine("line " + i);
            if (i % 50 == 0) {
                scheduled.remove(0).run();
            }
        }
        assertEquals(250, shown.size());
        assertEquals("line 1", shown.get(0));
        assertEquals("line 250", shown.get(249));
        assertEquals(0, feed.skippedLines());
    }
}
