package io.eswizard.ansible;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.eswizard.bundle.PrivateFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The small JSON record kept with each run (run-summary.json): when, what, how it ended.
 * Times are ISO-8601 strings so the file reads well and needs no extra Jackson module.
 *
 * @param lastLines the last rendered lines, so a crash can be understood without opening the log
 * @param message   the outcome in plain words
 * @param playbook  which playbook ran: site.yml (also for summaries written before it was recorded),
 *                  rolling_restart.yml, teardown.yml, rollback.yml
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record RunSummary(String started, String ended, RunMode mode, List<String> limit, int exitCode,
                         boolean cancelled, Outcome outcome, Map<String, HostRecap> recap, int tasksStarted,
                         List<String> lastLines, String message, String playbook) {

    public static final String FILE = "run-summary.json";
    public static final String LOG_FILE = "output.log";
    public static final String EVENTS_FILE = "events.jsonl";

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    public enum Outcome { SUCCEEDED, FAILED, CANCELLED }

    public RunSummary {
        limit = limit == null ? List.of() : List.copyOf(limit);
        recap = recap == null ? Map.of() : java.util.Collections.unmodifiableMap(new TreeMap<>(recap));
        lastLines = lastLines == null ? List.of() : List.copyOf(lastLines);
        message = message == null ? "" : message;
        playbook = playbook == null || playbook.isBlank() ? RunRequest.DEFAULT_PLAYBOOK : playbook;
    }

    /** A full run of site.yml that changed the hosts and finished without errors. */
    public boolean appliedTheProject() {
        return playbook.equals(RunRequest.DEFAULT_PLAYBOOK) && mode == RunMode.APPLY && limit.isEmpty()
                && outcome == Outcome.SUCCEEDED;
    }

    /** Hosts a retry should target: failed or unreachable in the recap. */
    public List<String> hostsToRetry() {
        return recap.values().stream().filter(HostRecap::hasProblems).map(HostRecap::host).sorted().toList();
    }

    public void writeTo(Path folder) throws IOException {
        Path tmp = folder.resolve(FILE + ".tmp");
        try (java.io.OutputStream out = PrivateFiles.newOutputStream(tmp)) {
            JSON.writeValue(out, this);
        }
        Files.move(tmp, folder.resolve(FILE), java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }

    public static RunSummary readFrom(Path folder) throws IOException {
        return JSON.readValue(folder.resolve(FILE).toFile(), RunSummary.class);
    }

    /** Ansible's exit codes in plain words (see ansible-playbook(1)). */
    static String explainExitCode(int code) {
        return switch (code) {
            case 0 -> "Finished without errors.";
            case 1 -> "ansible-playbook stopped with an error (exit code 1).";
            case 2 -> "One or more hosts failed (exit code 2).";
            case 3 -> "One or more hosts were unreachable (exit code 3).";
            // ansible-core uses 4 both for unreachable hosts and for parse errors; the recap tells which.
            case 4 -> "One or more hosts were unreachable, or the playbook or inventory could not be read (exit code 4).";
            case 5 -> "Bad or incomplete options (exit code 5).";
            case 8 -> "A play stopped because too many hosts failed (exit code 8).";
            case 99 -> "Interrupted by the user (exit code 99).";
            case 250 -> "Unexpected error inside Ansible (exit code 250).";
            default -> "ansible-playbook ended with exit code " + code + ".";
        };
    }
}
