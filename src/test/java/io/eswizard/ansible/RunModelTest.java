package io.eswizard.ansible;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
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
}
