package io.eswizard.ansible;

import io.eswizard.model.ClusterProject;
import io.eswizard.model.DatabaseSettings;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Whether a run backs up the databases before it changes anything, and why: a teardown that drops
 * them, a rollback, and a run of site.yml that points the datasources elsewhere than the last full
 * run did (database machine, port, user or database names; as far as the runs of this project know).
 * An operation with its backup turned off takes none; a dry run says what the backup would do.
 */
public final class BackupFirst {

    private BackupFirst() {
    }

    /**
     * A backup the run takes first: why, and which databases (empty for the project's).
     */
    public record Plan(String reason, List<String> databases) {
        public Plan {
            databases = List.copyOf(databases);
        }
    }

    /** The operation with the admin's choice of backing up first (the wizard's and --no-backup's). */
    public static Operation choosing(Operation operation, boolean backupFirst) {
        if (operation instanceof Operation.Apply a) {
            return new Operation.Apply(a.mode(), a.limit(), backupFirst);
        }
        if (operation instanceof Operation.Teardown t) {
            return new Operation.Teardown(t.dropDatabases(), t.removePackages(), backupFirst);
        }
        if (operation instanceof Operation.Rollback r) {
            return r.withBackupFirst(backupFirst);
        }
        return operation;
    }

    /** The backup the run takes first, or empty for none. */
    public static Optional<Plan> of(Operation operation, Optional<ClusterProject> deployed, ClusterProject project) {
        Optional<String> reason = reason(operation, deployed, project);
        if (reason.isEmpty()) {
            return Optional.empty();
        }
        // A run that renames the databases backs up the ones the last run used, where the data is.
        List<String> dbs = deployed.filter(d -> operation instanceof Operation.Apply)
                .map(d -> java.util.stream.Stream.of(d.database().registryDatabase(), d.database().userStoreDatabase(),
                        d.database().socialDatabase(), project.database().registryDatabase(),
                        project.database().userStoreDatabase(), project.database().socialDatabase())
                        .distinct().toList())
                .orElse(List.of());
        return Optional.of(new Plan(reason.get(), dbs));
    }

    /** The backup's reason, or empty for no backup. */
    public static Optional<String> reason(Operation operation, Optional<ClusterProject> deployed,
                                          ClusterProject project) {
        if (operation instanceof Operation.Teardown t && t.dropDatabases() && t.backupFirst()) {
            return Optional.of("before teardown --drop-databases");
        }
        if (operation instanceof Operation.Rollback r && r.backupFirst()) {
            return Optional.of("before rolling back run " + r.runId());
        }
        if (operation instanceof Operation.Apply a && a.backupFirst() && deployed.isPresent()) {
            List<String> changed = datasourceChanges(deployed.get().database(), project.database());
            if (!changed.isEmpty()) {
                return Optional.of("before a run that changes the datasources (" + String.join(", ", changed) + ")");
            }
        }
        return Optional.empty();
    }

    /** The datasource settings that differ, in words; empty when the datasources stay as they are. */
    static List<String> datasourceChanges(DatabaseSettings was, DatabaseSettings is) {
        List<String> changed = new ArrayList<>();
        if (!was.host().equals(is.host())) {
            changed.add("database host");
        }
        if (was.port() != is.port()) {
            changed.add("port");
        }
        if (!was.appUser().equals(is.appUser())) {
            changed.add("user");
        }
        if (!was.registryDatabase().equals(is.registryDatabase())) {
            changed.add("registry database");
        }
        if (!was.userStoreDatabase().equals(is.userStoreDatabase())) {
            changed.add("user store database");
        }
        if (!was.socialDatabase().equals(is.socialDatabase())) {
            changed.add("social database");
        }
        return changed;
    }
}
