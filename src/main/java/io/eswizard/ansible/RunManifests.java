package io.eswizard.ansible;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The database backups a run reported, read from its events file: the manifest of the backup it
 * made ({@code esw_backup}) or the manifests it listed ({@code esw_backups}), oldest first.
 */
public final class RunManifests {

    private static final ObjectMapper JSON = new ObjectMapper();

    private RunManifests() {
    }

    /**
     * @throws IllegalArgumentException when a manifest the run reported cannot be read, naming it
     */
    public static List<BackupManifest> of(Path runFolder) throws IOException {
        Path events = runFolder.resolve(RunSummary.EVENTS_FILE);
        Map<String, BackupManifest> byId = new LinkedHashMap<>();
        if (!Files.isRegularFile(events)) {
            return List.of();
        }
        try (BufferedReader in = Files.newBufferedReader(events, StandardCharsets.UTF_8)) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                for (BackupManifest m : ofLine(line)) {
                    byId.put(m.id(), m);
                }
            }
        }
        List<BackupManifest> all = new ArrayList<>(byId.values());
        all.sort(Comparator.comparing(BackupManifest::id));
        return all;
    }

    static List<BackupManifest> ofLine(String line) {
        if (!line.startsWith("{") || !line.contains("\"esw_backup")) {
            return List.of();
        }
        JsonNode event;
        try {
            event = JSON.readTree(line);
        } catch (IOException e) {
            return List.of();
        }
        if (!"v2_runner_on_ok".equals(event.path("_event").asText())) {
            return List.of();
        }
        List<BackupManifest> found = new ArrayList<>();
        event.path("hosts").forEach(result -> {
            if (result.has("esw_backup")) {
                found.add(BackupManifest.of(result.get("esw_backup")));
            }
            for (JsonNode m : result.path("esw_backups")) {
                found.add(BackupManifest.of(m));
            }
        });
        return found;
    }
}
