package io.eswizard.ansible;

import java.util.Map;

/** What one line of ansible-playbook output means. One JSON line may carry several host results. */
public sealed interface RunEvent {

    record PlayStarted(String name) implements RunEvent {
    }

    /** A task (or handler) begins; with the free strategy one per host, so the id dedupes. */
    record TaskStarted(String taskId, String name, boolean handler) implements RunEvent {
    }

    record HostResult(TaskResult result) implements RunEvent {
    }

    /** The checks a verify task reported for one host; follows that host's {@link HostResult}. */
    record Checks(String taskId, String host, java.util.List<CheckResult> checks) implements RunEvent {
        public Checks {
            checks = java.util.List.copyOf(checks);
        }
    }

    /** The final per-host statistics (v2_playbook_on_stats). */
    record Recap(Map<String, HostRecap> hosts) implements RunEvent {
        public Recap {
            hosts = java.util.Collections.unmodifiableSortedMap(new java.util.TreeMap<>(hosts));
        }
    }

    /** A line that is not a JSON event: warnings, errors before the first play, crash output. */
    record RawLine(String text) implements RunEvent {
    }
}
