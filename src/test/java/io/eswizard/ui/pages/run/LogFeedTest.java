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

    /** A clock, a delayer and a UI thread the test runs by hand. */
    private static final class Paced {
        long now = 1_000_000_000L;
        final List<Runnable> ui = new ArrayList<>();
        final List<Long> delays = new ArrayList<>();
        final List<Runnable> delayed = new ArrayList<>();
        final List<LogFeed.Batch> batches = new ArrayList<>();
        final LogFeed feed = new LogFeed(ui::add, batches::add, 1_000, 5_000, 100, (ms, task) -> {
            delays.add(ms);
            delayed.add(task);
        }, () -> now);

        void advanceMillis(long ms) {
            now += ms * 1_000_000L;
        }
    }

    @Test
    void theFirstLineAfterAQuietSpellGoesAtOnce() {
        Paced p = new Paced();
        p.feed.onLine("first");
        assertEquals(1, p.ui.size(), "no delay for the first drain");
        assertTrue(p.delayed.isEmpty());
        p.ui.remove(0).run();
        assertEquals(List.of("first"), p.batches.get(0).lines());

        p.advanceMillis(250);
        p.feed.onLine("after a pause");
        assertEquals(1, p.ui.size(), "the interval has passed: at once again");
        assertTrue(p.delayed.isEmpty());
    }

    @Test
    void whileOutputKeepsComingDrainsAreSpacedByTheInterval() {
        Paced p = new Paced();
        p.feed.onLine("a");
        p.ui.remove(0).run();

        p.advanceMillis(30);
        for (int i = 0; i < 50; i++) {
            p.feed.onLine("b" + i);
        }
        assertTrue(p.ui.isEmpty(), "too soon after the last drain");
        assertEquals(List.of(70L), p.delays, "one drain held back for the rest of the interval");

        p.advanceMillis(70);
        p.delayed.remove(0).run();
        assertEquals(1, p.ui.size(), "after the delay the drain goes to the UI thread");
        p.ui.remove(0).run();
        assertEquals(50, p.batches.get(1).lines().size(), "everything that came meanwhile, in one batch");
        assertEquals("b49", p.batches.get(1).lines().get(49));
    }

    @Test
    void theEndOfARunIsDeliveredEvenWhenItComesTooSoon() {
        Paced p = new Paced();
        p.feed.onLine("last line");
        p.ui.remove(0).run();
        p.advanceMillis(10);
        p.feed.onFinished(null);
        assertTrue(p.ui.isEmpty());
        assertEquals(1, p.delayed.size());
        p.advanceMillis(90);
        p.delayed.remove(0).run();
        p.ui.remove(0).run();
        assertEquals(2, p.batches.size());
        assertTrue(p.batches.get(1).lines().isEmpty());
    }

    @Test
    void theJdkDelayerRunsTheTaskLater() throws Exception {
        java.util.concurrent.CountDownLatch ran = new java.util.concurrent.CountDownLatch(1);
        LogFeed.JDK_DELAYER.after(1, ran::countDown);
        assertTrue(ran.await(5, java.util.concurrent.TimeUnit.SECONDS));
    }

    @Test
    void whileTheReaderRacesTheDrainsEverySkippedLineIsCountedWhereItWasSkipped() throws Exception {
        java.util.concurrent.ExecutorService ui = java.util.concurrent.Executors.newSingleThreadExecutor();
        List<String> shown = new ArrayList<>();
        LogFeed feed = new LogFeed(ui::execute, b -> shown.addAll(b.lines()), 100);
        int total = 300_000;
        for (int i = 1; i <= total; i++) {
            feed.onLine(Integer.toString(i));
        }
        feed.onFinished(null);
        ui.submit(() -> { }).get();
        ui.shutdown();
        assertTrue(ui.awaitTermination(10, java.util.concurrent.TimeUnit.SECONDS));

        long next = 1;
        for (String l : shown) {
            if (l.startsWith("… ")) {
                next += Long.parseLong(l.substring(2, l.indexOf(' ', 2)));
            } else {
                assertEquals(Long.toString(next), l, "a line went missing without a marker in front of it");
                next++;
            }
        }
        assertEquals(total + 1, next, "every line shown or counted");
    }

    @Test
    void aSustainedFloodReachesTheScreenAtTheScreenRateOnly() {
        Paced p = new Paced();
        int sent = 0;
        for (int drain = 0; drain < 10; drain++) {
            for (int i = 0; i < 3_000; i++) {
                p.feed.onLine("line " + ++sent);
            }
            p.advanceMillis(100);
            if (!p.delayed.isEmpty()) {
                p.delayed.remove(0).run();
            }
            p.ui.remove(0).run();
        }
        List<String> lines = p.batches.stream().flatMap(b -> b.lines().stream()).toList();
        long shown = lines.stream().filter(l -> !l.startsWith("… ")).count();
        // The first drain may take a whole burst (1,000); then 5,000 a second, i.e. 500 per 100 ms.
        assertEquals(1_000 + 9 * 500, shown);
        assertEquals(sent - shown, p.feed.skippedLines());
        assertEquals("line " + sent, lines.get(lines.size() - 1), "the newest line is always shown");
        assertTrue(p.batches.get(1).lines().get(0).startsWith("… 2500 lines not shown"), p.batches.get(1).lines().get(0));
    }

    @Test
    void aBurstAfterAQuietSpellShowsWholeAndTheNewestLineAlwaysShows() {
        Paced p = new Paced();
        for (int i = 1; i <= 1_000; i++) {
            p.feed.onLine("diff line " + i);
        }
        p.ui.remove(0).run();
        assertEquals(1_000, p.batches.get(0).lines().size(), "a long diff after a quiet spell shows whole");

        p.advanceMillis(100);
        p.feed.onLine("x");
        p.feed.onLine("y");
        p.delayed.forEach(Runnable::run);
        p.ui.remove(0).run();
        assertEquals(List.of("x", "y"), p.batches.get(1).lines(), "100 ms refilled room for 500");

        p.advanceMillis(1);
        for (int i = 0; i < 600; i++) {
            p.feed.onLine("z" + i);
        }
        p.delayed.forEach(Runnable::run);
        p.ui.remove(p.ui.size() - 1).run();
        List<String> third = p.batches.get(2).lines();
        assertEquals("z599", third.get(third.size() - 1));
        // 498 left after the last drain, 5 more after 1 ms: 503 of the 600 lines show.
        assertEquals("… 97 lines not shown here (output too fast); the run's log file has them all", third.get(0));
        assertEquals(1 + 503, third.size());
    }
}
