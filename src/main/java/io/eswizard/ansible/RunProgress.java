package io.eswizard.ansible;

import java.time.Duration;

/**
 * How far a run is. {@code tasksPlanned} is an estimate (from --list-tasks or the previous run);
 * 0 means unknown.
 */
public record RunProgress(int tasksDone, int tasksPlanned, String currentTask, Duration elapsed) {

    /** 0..1, or -1 when the number of planned tasks is unknown. */
    public double fraction() {
        if (tasksPlanned <= 0) {
            return -1;
        }
        return Math.min(1.0, (double) tasksDone / tasksPlanned);
    }
}
