package io.eswizard.ui.pages.run;

import io.eswizard.ansible.AnsibleNotFoundException;
import io.eswizard.ansible.BackupIds;
import io.eswizard.ansible.BackupManifest;
import io.eswizard.ansible.DatabaseBackups;
import io.eswizard.ansible.Operation;
import io.eswizard.ansible.ProjectRuns;
import io.eswizard.bundle.BundleException;
import io.eswizard.model.ClusterProject;
import io.eswizard.model.Secrets;
import java.io.IOException;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;

/**
 * The Run page's database backups: whether risky runs back up first, a backup now, the list of
 * backups (read off the UI thread) and a restore. Backing up and restoring are runs on the page.
 * Needs no FX toolkit.
 */
public final class BackupsViewModel {

    /** The reason a backup made from the wizard records. */
    static final String ASKED_FOR = "asked for in the wizard";

    private final RunContext context;
    private final RunConsole console;
    private final BooleanProperty backupFirst = new SimpleBooleanProperty(true);

    BackupsViewModel(RunContext context, RunConsole console) {
        this.context = context;
        this.console = console;
    }

    /** Whether a teardown that drops the databases, a rollback and a run changing the datasources back up first. */
    public BooleanProperty backupFirstProperty() {
        return backupFirst;
    }

    /** A backup now, keeping the newest five. */
    public Operation.Backup backupNow() {
        return new Operation.Backup(BackupIds.now(Clock.systemUTC()), ASKED_FOR, BackupIds.DEFAULT_KEEP, "");
    }

    public Operation.Restore restore(BackupManifest backup) {
        return new Operation.Restore(backup.id());
    }

    /** Hands the backups to {@code show} on the UI thread, or says on the status line why there is no list. */
    public void list(Consumer<List<BackupManifest>> show) {
        Optional<ProjectRuns> runs = context.runs();
        if (runs.isEmpty()) {
            console.status().set("Save the project first: the backups are listed by a run of it.");
            return;
        }
        ClusterProject p = context.project().get();
        Secrets s = context.secrets().get();
        console.status().set("Listing the backups on the database machine…");
        context.background().execute(() -> {
            try {
                List<BackupManifest> found = DatabaseBackups.list(runs.get(), p, s);
                context.uiThread().accept(() -> {
                    console.status().set(found.size() + " backups on the database machine.");
                    show.accept(found);
                });
            } catch (IOException | BundleException | AnsibleNotFoundException | RuntimeException e) {
                context.uiThread().accept(() -> console.status().set(RunContext.why(e)));
            }
        });
    }
}
