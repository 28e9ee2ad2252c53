package io.eswizard.ansible;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class RunModelTest {

    private final RunModel model = new RunModel(10, Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC));

    @Test
    void aRepeatedStartCountsOnceAndTheLatestTaskIsCurrent() {
        model.apply(new RunEvent.TaskStarted("t1", "Copy", false));
        model.apply(new RunEvent.TaskStarted("t1", "Copy", false));
        model.apply(new RunEvent.TaskStarted("t2", "Template", false));
        model.apply(new RunEvent.TaskStarted("", "Without an id", false));
        RunProgress p = model.progress();
        assertEquals(3, model.tasksStarted());
        assertEquals("Without an id", p.currentTask());
        assertEquals(2, p.tasksDone(), "the current task is not done yet");
        assertEquals(10, p.tasksPlanned());

        model.finish();
        assertEquals(3, model.progress().tasksDone());
        assertEquals("", model.progress().currentTask());
    }

    @Test
    void onlyRecentIdsAreRememberedSoAHugeRunKeepsLittle() {
        model.apply(new RunEvent.TaskStarted("first", "First", false));
        for (int i = 0; i < RunModel.RECENT_TASK_IDS; i++) {
            model.apply(new RunEvent.TaskStarted("t" + i, "Task " + i, false));
        }
        model.apply(new RunEvent.TaskStarted("t5", "Task 5", false));
        assertEquals(1 + RunModel.RECENT_TASK_IDS, model.tasksStarted(), "t5 is recent: a repeat");
        // A start long after its first (a handler in a later flush) is a task run again.
        model.apply(new RunEvent.TaskStarted("first", "First", false));
        assertEquals(2 + RunModel.RECENT_TASK_IDS, model.tasksStarted());
        assertEquals(2 + RunModel.RECENT_TASK_IDS, model.progress().tasksPlanned(), "more started than planned");
    }

    @Test
    void failuresPastTheLimitAreCountedAndSaidOnce() {
        for (int i = 0; i < RunModel.FAILURES_KEPT + 5; i++) {
            model.apply(result("h" + i, ResultStatus.FAILED, List.of()));
            String notice = model.takeLimitNotice();
            assertEquals(i == RunModel.FAILURES_KEPT, !notice.isEmpty(), "notice after failure " + i + ": " + notice);
        }
        assertEquals(RunModel.FAILURES_KEPT, model.failures().size());
        assertEquals(RunModel.FAILURES_KEPT, model.failureCount());
        assertEquals("h0", model.failures().get(0).host(), "the first failures are the ones kept");
        assertEquals(5, model.failuresNotKept());
        assertEquals(HostState.FAILED, model.hostStates().get("h" + (RunModel.FAILURES_KEPT + 4)),
                "every host's state still follows its results");
    }

    @Test
    void diffsPastTheirBudgetAreCountedAndTheKeptOnesStayTheFirst() {
        int size = (int) (RunModel.DIFF_CHARS_KEPT / 4);
        String text = "x".repeat(size / 2);
        for (int i = 0; i < 5; i++) {
            model.apply(result("h" + i, ResultStatus.CHANGED, List.of(diff("h" + i, text, text + "y"))));
        }
        // Small enough to fit what is left, but after one that did not: it would come out of order.
        model.apply(result("late", ResultStatus.CHANGED, List.of(diff("late", "a", "b"))));
        assertEquals(List.of("h0", "h1", "h2"), model.diffs().stream().map(FileDiff::host).toList());
        assertEquals(3, model.diffsNotKept());
        assertTrue(model.takeLimitNotice().contains("diff"));
        assertEquals("", model.takeLimitNotice());
    }

    @Test
    void aFloodOfSmallDiffsIsCountedPastTheirNumber() {
        for (int i = 0; i < RunModel.DIFFS_KEPT + 2; i++) {
            model.apply(result("h" + i, ResultStatus.CHANGED, List.of(diff("h" + i, "a", "b"))));
        }
        assertEquals(RunModel.DIFFS_KEPT, model.diffs().size());
        assertEquals(2, model.diffsNotKept());
        assertTrue(model.takeLimitNotice().startsWith("(More than 5,000 diffs"));
    }

    @Test
    void aFloodOfPlaysKeepsTheFirstNames() {
        for (int i = 0; i < RunModel.PLAYS_KEPT + 10; i++) {
            model.apply(new RunEvent.PlayStarted("Play " + i));
        }
        assertEquals(RunModel.PLAYS_KEPT, model.plays().size());
        assertEquals("Play 0", model.plays().get(0));
    }

    private static RunEvent.HostResult result(String host, ResultStatus status, List<FileDiff> diffs) {
        return new RunEvent.HostResult(new TaskResult("t1", "Task", host, status, "",
                status.isProblem() ? "it broke" : "", diffs));
    }

    private static FileDiff diff(String host, String before, String after) {
        return new FileDiff(host, "Task", "/etc/x.conf", "", "", before, after, "");
    }
}
