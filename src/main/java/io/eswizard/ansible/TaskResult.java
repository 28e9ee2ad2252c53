package io.eswizard.ansible;

import java.util.List;

/**
 * The result of one task on one host (or one loop item of it).
 *
 * @param item   loop item label when the event is about a single item, else empty
 * @param error  the failure in plain words (message, stderr and stdout tails); empty unless failed
 */
public record TaskResult(String taskId, String task, String host, ResultStatus status, String item,
                         String error, List<FileDiff> diffs) {

    public TaskResult {
        diffs = List.copyOf(diffs);
    }

    public boolean isItem() {
        return !item.isEmpty();
    }

    /** Role part of a task name such as "es_node : Set the clustering domain", or empty. */
    public String role() {
        return TaskNames.role(task);
    }
}
