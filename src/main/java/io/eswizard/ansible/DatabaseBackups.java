package io.eswizard.ansible;

import io.eswizard.bundle.BundleException;
import io.eswizard.model.ClusterProject;
import io.eswizard.model.Secrets;
import java.io.IOException;
import java.util.List;

/** The backups on the project's database machine, as a run of backups.yml lists them (oldest first). */
public final class DatabaseBackups {

    private DatabaseBackups() {
    }

    /**
     * Runs backups.yml to the end and reads what it listed.
     *
     * @throws IOException naming the run's failure when it did not succeed
     */
    public static List<BackupManifest> list(ProjectRuns runs, ClusterProject project, Secrets secrets)
            throws IOException, BundleException, AnsibleNotFoundException {
        PlaybookRun run = runs.start(project, secrets, new Operation.ListBackups(), RunListener.NONE);
        RunSummary summary = run.await();
        if (summary.exitCode() != 0) {
            throw new IOException("Listing the backups failed: " + summary.message() + " (log: " + run.runFolder()
                    + ")");
        }
        return RunManifests.of(run.runFolder());
    }
}
