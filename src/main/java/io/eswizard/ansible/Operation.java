package io.eswizard.ansible;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a run of the project does: which bundled playbook it runs, whether it changes the hosts,
 * which hosts, and the choices it passes to the playbook (written with the run's inventory).
 */
public sealed interface Operation {

    String playbook();

    /** Whether it changes the hosts; every operation but a dry run does. */
    default RunMode mode() {
        return RunMode.APPLY;
    }

    /** The limit of the operations that run on the database machine alone. */
    List<String> ON_DATABASE = List.of(io.eswizard.generate.InventoryGenerator.DATABASE_HOST);

    /** Only these inventory hosts; empty for all. */
    default List<String> limit() {
        return List.of();
    }

    /** Variables of the playbook; each value a string, a boolean or a list of string maps. */
    default Map<String, Object> variables() {
        return Map.of();
    }

    /** What the run does, in a few words, e.g. "Rolling restart". */
    String title();

    /**
     * Configure the cluster as the project says (site.yml); {@code CHECK} for a dry run. With
     * {@code backupFirst}, a run that changes the datasources backs up the databases first (BackupFirst).
     */
    record Apply(RunMode mode, List<String> limit, boolean backupFirst) implements Operation {
        public Apply {
            limit = List.copyOf(limit);
        }

        public Apply(RunMode mode, List<String> limit) {
            this(mode, limit, true);
        }

        @Override
        public String playbook() {
            return RunRequest.DEFAULT_PLAYBOOK;
        }

        @Override
        public String title() {
            return (mode == RunMode.CHECK ? "Dry run" : "Run") + (limit.isEmpty() ? "" : " of " + String.join(", ", limit));
        }
    }

    /** Restart every ES node, one at a time, each healthy before the next (rolling_restart.yml). */
    record RollingRestart() implements Operation {
        public static final String PLAYBOOK = "rolling_restart.yml";

        @Override
        public String playbook() {
            return PLAYBOOK;
        }

        @Override
        public String title() {
            return "Rolling restart";
        }
    }

    /**
     * Remove the cluster from its machines (teardown.yml); homes and backups stay. With
     * {@code backupFirst}, dropping the databases backs them up first.
     */
    record Teardown(boolean dropDatabases, boolean removePackages, boolean backupFirst) implements Operation {
        public static final String PLAYBOOK = "teardown.yml";

        public Teardown(boolean dropDatabases, boolean removePackages) {
            this(dropDatabases, removePackages, true);
        }

        /** Whether what the user typed names the project: exactly its name. */
        public static boolean confirms(String typed, String projectName) {
            return typed != null && typed.equals(projectName);
        }

        @Override
        public String playbook() {
            return PLAYBOOK;
        }

        @Override
        public Map<String, Object> variables() {
            Map<String, Object> v = new LinkedHashMap<>();
            v.put("es_teardown_drop_databases", dropDatabases);
            v.put("es_teardown_remove_packages", removePackages);
            return v;
        }

        @Override
        public String title() {
            return "Teardown" + (dropDatabases ? ", dropping the databases" : "")
                    + (removePackages ? ", removing the packages" : "");
        }
    }

    /**
     * Put back the files a past run changed, from its backups, and restart what reads them (rollback.yml);
     * with {@code backupFirst}, after backing up the databases.
     */
    record Rollback(String runId, List<FileBackup> files, boolean backupFirst) implements Operation {
        public static final String PLAYBOOK = "rollback.yml";

        public Rollback {
            files = List.copyOf(files);
        }

        public Rollback(String runId, List<FileBackup> files) {
            this(runId, files, true);
        }

        /** The same rollback, backing up first or not. */
        public Rollback withBackupFirst(boolean backup) {
            return new Rollback(runId, files, backup);
        }

        @Override
        public String playbook() {
            return PLAYBOOK;
        }

        @Override
        public Map<String, Object> variables() {
            List<Map<String, String>> list = new ArrayList<>();
            for (FileBackup f : files) {
                Map<String, String> entry = new LinkedHashMap<>();
                entry.put("host", f.host());
                entry.put("path", f.path());
                entry.put("backup", f.backup());
                list.add(entry);
            }
            return Map.of("es_rollback_files", list);
        }

        @Override
        public String title() {
            return "Rollback of run " + runId;
        }
    }

    /**
     * Back up the databases on the database machine (backup.yml), keeping the newest {@code keep};
     * with a fetch folder, a copy comes to this machine.
     *
     * @param id       the backup's id (BackupIds)
     * @param fetchDir a folder on this machine for a copy; empty for none
     */
    record Backup(String id, String reason, int keep, String fetchDir) implements Operation {
        public static final String PLAYBOOK = "backup.yml";

        public Backup {
            BackupIds.require(id);
            BackupIds.requireKeep(keep);
        }

        @Override
        public String playbook() {
            return PLAYBOOK;
        }

        @Override
        public List<String> limit() {
            return ON_DATABASE;
        }

        @Override
        public Map<String, Object> variables() {
            Map<String, Object> v = new LinkedHashMap<>();
            v.put("es_backup_id", id);
            v.put("es_backup_reason", reason);
            v.put("es_backup_keep", keep);
            v.put("es_backup_fetch_dir", fetchDir);
            return v;
        }

        @Override
        public String title() {
            return "Backup " + id + " of the databases";
        }
    }

    /** List the database backups on the database machine (backups.yml); changes nothing. */
    record ListBackups() implements Operation {
        public static final String PLAYBOOK = "backups.yml";

        @Override
        public String playbook() {
            return PLAYBOOK;
        }

        @Override
        public List<String> limit() {
            return ON_DATABASE;
        }

        @Override
        public String title() {
            return "List of the database backups";
        }
    }

    /**
     * Put the databases back as backup {@code id} holds them (restore.yml): check its checksums, stop
     * the ES nodes, load the dumps, start the nodes one at a time.
     */
    record Restore(String id) implements Operation {
        public static final String PLAYBOOK = "restore.yml";

        public Restore {
            BackupIds.require(id);
        }

        @Override
        public String playbook() {
            return PLAYBOOK;
        }

        @Override
        public Map<String, Object> variables() {
            return Map.of("es_restore_id", id);
        }

        @Override
        public String title() {
            return "Restore of the databases from backup " + id;
        }
    }
}
