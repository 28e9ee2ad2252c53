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

    RunMode mode();

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

    /** Configure the cluster as the project says (site.yml); {@code CHECK} for a dry run. */
    record Apply(RunMode mode, List<String> limit) implements Operation {
        public Apply {
            limit = List.copyOf(limit);
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
        public RunMode mode() {
            return RunMode.APPLY;
        }

        @Override
        public String title() {
            return "Rolling restart";
        }
    }

    /** Remove the cluster from its machines (teardown.yml); homes and backups stay. */
    record Teardown(boolean dropDatabases, boolean removePackages) implements Operation {
        public static final String PLAYBOOK = "teardown.yml";

        /** Whether what the user typed names the project: exactly its name. */
        public static boolean confirms(String typed, String projectName) {
            return typed != null && typed.equals(projectName);
        }

        @Override
        public String playbook() {
            return PLAYBOOK;
        }

        @Override
        public RunMode mode() {
            return RunMode.APPLY;
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

    /** Put back the files a past run changed, from its backups, and restart what reads them (rollback.yml). */
    record Rollback(String runId, List<FileBackup> files) implements Operation {
        public static final String PLAYBOOK = "rollback.yml";

        public Rollback {
            files = List.copyOf(files);
        }

        @Override
        public String playbook() {
            return PLAYBOOK;
        }

        @Override
        public RunMode mode() {
            return RunMode.APPLY;
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
}
