package io.eswizard.verify;

import io.eswizard.ansible.RunSummary;
import java.nio.file.Path;
import java.util.List;

/**
 * The outcome of a verify run: every check in the order they came, and the run behind them.
 *
 * @param runFolder the run's folder (output.log, events.jsonl, run-summary.json)
 */
public record VerifyReport(List<VerifyCheck> checks, RunSummary run, Path runFolder) {

    public VerifyReport {
        checks = List.copyOf(checks);
    }

    public List<VerifyCheck> failed() {
        return checks.stream().filter(c -> !c.ok()).toList();
    }

    /** The cluster works: there were checks, and every one passed. */
    public boolean passed() {
        return !checks.isEmpty() && failed().isEmpty();
    }
}
