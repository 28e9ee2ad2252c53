package io.eswizard.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The per-host counts of the final v2_playbook_on_stats event of a jsonl run. */
record PlaybookRecap(Map<String, Map<String, Integer>> perHost) {

    static PlaybookRecap parse(List<String> jsonLines) {
        ObjectMapper json = new ObjectMapper();
        Map<String, Map<String, Integer>> hosts = new LinkedHashMap<>();
        for (String line : jsonLines) {
            if (!line.startsWith("{")) {
                continue;
            }
            try {
                JsonNode event = json.readTree(line);
                if ("v2_playbook_on_stats".equals(event.path("_event").asText())) {
                    event.path("stats").fields().forEachRemaining(h -> {
                        Map<String, Integer> counts = new LinkedHashMap<>();
                        h.getValue().fields().forEachRemaining(c -> counts.put(c.getKey(), c.getValue().asInt()));
                        hosts.put(h.getKey(), counts);
                    });
                }
            } catch (Exception notJson) {
                // ansible warnings interleave with events; they are not part of the recap
            }
        }
        return new PlaybookRecap(hosts);
    }

    int total(String counter) {
        return perHost.values().stream().mapToInt(c -> c.getOrDefault(counter, 0)).sum();
    }

    boolean isEmpty() {
        return perHost.isEmpty();
    }
}
