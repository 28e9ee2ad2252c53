package io.eswizard.ansible;

import io.eswizard.model.ClusterProject;
import java.io.IOException;
import java.util.List;

/** What rolling back a past run puts back, checked against the project before anything runs. */
public final class RollbackPlan {

    private RollbackPlan() {
    }

    /**
     * The rollback of the run of that id: the files it changed, each with the copy it made first.
     *
     * @throws IllegalArgumentException when there is no such run, it changed nothing it can undo,
     *                                  or its files are on machines the project no longer has
     */
    public static Operation.Rollback of(RunHistory history, String runId, ClusterProject project) throws IOException {
        RunHistory.PastRun run = history.find(runId).orElseThrow(() -> new IllegalArgumentException(
                "There is no run " + runId + " in " + history.root() + "; the Run page and the folder list the runs."));
        RunSummary summary = run.summary().orElseThrow(() -> new IllegalArgumentException(
                "Run " + runId + " never finished (no " + RunSummary.FILE + "), so its changes are not known."));
        if (summary.mode() == RunMode.CHECK) {
            throw new IllegalArgumentException("Run " + runId + " was a dry run: it changed nothing.");
        }
        List<FileBackup> files = RunBackups.of(run.folder());
        if (files.isEmpty()) {
            throw new IllegalArgumentException("Run " + runId + " changed no file it kept a copy of: "
                    + "there is nothing to put back.");
        }
        List<String> hosts = ProjectRuns.inventoryHosts(project);
        List<String> gone = files.stream().map(FileBackup::host).distinct().filter(h -> !hosts.contains(h)).toList();
        if (!gone.isEmpty()) {
            throw new IllegalArgumentException("Run " + runId + " changed files on " + String.join(", ", gone)
                    + ", which the project no longer has; add it back to the project to roll that run back.");
        }
        return new Operation.Rollback(runId, files);
    }
}
