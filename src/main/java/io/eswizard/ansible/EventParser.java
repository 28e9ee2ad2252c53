package io.eswizard.ansible;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reads the lines of the app's {@code eswizard_events} stdout callback (ansible/callback_plugins)
 * into {@link RunEvent}s; the lines of {@code ansible.posix.jsonl}, whose layout it follows, read
 * the same. Anything that is not a JSON object with an {@code _event} field stays a
 * {@link RunEvent.RawLine}; an event that means nothing to the model gives an empty list.
 */
public final class EventParser {

    private static final ObjectMapper JSON = new ObjectMapper();

    public List<RunEvent> parse(String line) {
        JsonNode event = readEvent(line);
        if (event == null) {
            return List.of(new RunEvent.RawLine(line));
        }
        String name = event.path("_event").asText();
        JsonNode task = event.path("task");
        return switch (name) {
            case "v2_playbook_on_play_start" -> List.of(new RunEvent.PlayStarted(event.path("play").path("name").asText()));
            case "v2_playbook_on_task_start", "v2_runner_on_start" -> List.of(taskStarted(task, false));
            case "v2_playbook_on_handler_task_start" -> List.of(taskStarted(task, true));
            case "v2_playbook_on_stats" -> List.of(new RunEvent.Recap(recap(event.path("stats"))));
            // Names the playbook only; the events file keeps the line.
            case "v2_playbook_on_start" -> List.of();
            default -> hostResults(name, event);
        };
    }

    /** The parsed JSON event, or null when the line is not one. Cheap test first: most raw lines fail it. */
    static JsonNode readEvent(String line) {
        if (line.isEmpty() || line.charAt(0) != '{') {
            return null;
        }
        try {
            JsonNode node = JSON.readTree(line);
            return node != null && node.isObject() && node.has("_event") ? node : null;
        } catch (JsonProcessingException e) {
            return null;
        }
    }

    private static RunEvent.TaskStarted taskStarted(JsonNode task, boolean handler) {
        return new RunEvent.TaskStarted(task.path("id").asText(), task.path("name").asText(), handler);
    }

    private static Map<String, HostRecap> recap(JsonNode stats) {
        Map<String, HostRecap> hosts = new TreeMap<>();
        stats.fields().forEachRemaining(e -> {
            JsonNode s = e.getValue();
            hosts.put(e.getKey(), new HostRecap(e.getKey(), s.path("ok").asInt(), s.path("changed").asInt(),
                    s.path("unreachable").asInt(), s.path("failures").asInt(), s.path("skipped").asInt(),
                    s.path("rescued").asInt(), s.path("ignored").asInt()));
        });
        return hosts;
    }

    private static List<RunEvent> hostResults(String eventName, JsonNode event) {
        ResultStatus base = statusOf(eventName);
        if (base == null) {
            // An event this app does not use (e.g. a newer callback's extra); keep it visible as text.
            return List.of(new RunEvent.RawLine(eventName));
        }
        boolean itemEvent = eventName.startsWith("v2_runner_item_on_");
        String taskId = event.path("task").path("id").asText();
        String taskName = event.path("task").path("name").asText();
        List<RunEvent> results = new ArrayList<>();
        Iterator<Map.Entry<String, JsonNode>> hosts = event.path("hosts").fields();
        while (hosts.hasNext()) {
            Map.Entry<String, JsonNode> h = hosts.next();
            JsonNode r = h.getValue();
            ResultStatus status = base == ResultStatus.OK && r.path("changed").asBoolean() ? ResultStatus.CHANGED : base;
            String item = itemEvent ? itemLabel(r) : "";
            String error = status.isProblem() ? ErrorText.of(r) : "";
            results.add(new RunEvent.HostResult(new TaskResult(taskId, taskName, h.getKey(), status, item, error,
                    Diffs.of(h.getKey(), taskName, r))));
        }
        return results;
    }

    private static ResultStatus statusOf(String eventName) {
        String outcome = eventName.substring(eventName.lastIndexOf('_') + 1);
        if (!eventName.startsWith("v2_runner_on_") && !eventName.startsWith("v2_runner_item_on_")) {
            return null;
        }
        return switch (outcome) {
            case "ok" -> ResultStatus.OK;
            case "failed" -> ResultStatus.FAILED;
            case "unreachable" -> ResultStatus.UNREACHABLE;
            case "skipped" -> ResultStatus.SKIPPED;
            default -> null;
        };
    }

    static String itemLabel(JsonNode r) {
        JsonNode label = r.has("_ansible_item_label") ? r.get("_ansible_item_label") : r.path("item");
        return label.isValueNode() ? label.asText() : label.toString();
    }
}
