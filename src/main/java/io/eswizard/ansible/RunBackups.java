package io.eswizard.ansible;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The backup copies a run made of the files it changed, read from its events file: every task
 * that edits a file with {@code backup: true} returns {@code backup_file}, which the app's callback
 * keeps with the file's path. A file changed twice in one run keeps its first copy: the file as
 * it was before the run.
 */
public final class RunBackups {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String OK_EVENT = "v2_runner_on_ok";

    private RunBackups() {
    }

    /** The backups of the run in that folder, in the order the run made them. */
    public static List<FileBackup> of(Path runFolder) throws IOException {
        Path events = runFolder.resolve(RunSummary.EVENTS_FILE);
        Map<String, FileBackup> first = new LinkedHashMap<>();
        if (!Files.isRegularFile(events)) {
            return List.of();
        }
        try (BufferedReader in = Files.newBufferedReader(events, StandardCharsets.UTF_8)) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                for (FileBackup b : ofLine(line)) {
                    first.putIfAbsent(b.host() + "\n" + b.path(), b);
                }
            }
        }
        return new ArrayList<>(first.values());
    }

    /** The backups one event line reports; none for any other line. */
    static List<FileBackup> ofLine(String line) {
        if (!line.startsWith("{") || !line.contains("\"backup_file\"")) {
            return List.of();
        }
        JsonNode event;
        try {
            event = JSON.readTree(line);
        } catch (IOException e) {
            return List.of();
        }
        if (!OK_EVENT.equals(event.path("_event").asText())) {
            return List.of();
        }
        List<FileBackup> found = new ArrayList<>();
        event.path("hosts").fields().forEachRemaining(h -> {
            add(h.getKey(), h.getValue(), found);
            for (JsonNode item : h.getValue().path("results")) {
                add(h.getKey(), item, found);
            }
        });
        return found;
    }

    private static void add(String host, JsonNode result, List<FileBackup> found) {
        String backup = result.path("backup_file").asText("");
        String path = firstText(result.path("dest"), result.path("path"),
                result.path("invocation").path("module_args").path("dest"),
                result.path("invocation").path("module_args").path("path"));
        if (!backup.isEmpty() && !path.isEmpty() && result.path("changed").asBoolean(true)) {
            found.add(new FileBackup(host, path, backup));
        }
    }

    private static String firstText(JsonNode... nodes) {
        for (JsonNode n : nodes) {
            if (n.isTextual() && !n.asText().isEmpty()) {
                return n.asText();
            }
        }
        return "";
    }
}
