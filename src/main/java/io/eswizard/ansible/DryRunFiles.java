package io.eswizard.ansible;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The files a past dry run said it would change, one "host: path" each, read from its events file. */
final class DryRunFiles {

    private DryRunFiles() {
    }

    /** The latest whole dry run of site.yml that saw {@code project} as it is now, if any. */
    static Optional<RunHistory.PastRun> latestFor(RunHistory history, io.eswizard.model.ClusterProject project)
            throws IOException {
        for (RunHistory.PastRun run : history.list()) {
            Optional<RunSummary> s = run.summary();
            if (s.isEmpty() || !s.get().playbook().equals(RunRequest.DEFAULT_PLAYBOOK)) {
                continue;
            }
            if (s.get().mode() == RunMode.APPLY) {
                // a run since: its dry run is out of date
                return Optional.empty();
            }
            if (s.get().limit().isEmpty() && s.get().outcome() != RunSummary.Outcome.CANCELLED) {
                return PreflightRecord.sameProject(run.folder(), project) ? Optional.of(run) : Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** "host: path" of every file with a difference, in the order the run met them, each once. */
    static List<String> of(Path runFolder) throws IOException {
        Path events = runFolder.resolve(RunSummary.EVENTS_FILE);
        Set<String> files = new LinkedHashSet<>();
        if (!Files.isRegularFile(events)) {
            return List.of();
        }
        try (BufferedReader in = Files.newBufferedReader(events, StandardCharsets.UTF_8)) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (!line.contains("\"diff\"")) {
                    continue;
                }
                JsonNode event = EventParser.readEvent(line);
                if (event == null || !event.path("_event").asText().equals("v2_runner_on_ok")) {
                    continue;
                }
                String task = event.at("/task/name").asText();
                for (Iterator<Map.Entry<String, JsonNode>> it = event.path("hosts").fields(); it.hasNext(); ) {
                    Map.Entry<String, JsonNode> host = it.next();
                    Diffs.of(host.getKey(), task, host.getValue())
                            .forEach(d -> files.add(host.getKey() + ": " + d.fileName()));
                }
            }
        }
        return new ArrayList<>(files);
    }
}
