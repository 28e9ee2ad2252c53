package io.eswizard.ansible;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiConsumer;

/**
 * Reads the lines of the app's {@code eswizard_events} stdout callback (ansible/callback_plugins)
 * into {@link RunEvent}s; the lines of {@code ansible.posix.jsonl}, whose layout it follows, read
 * the same. Anything that is not a JSON object with an {@code _event} field stays a
 * {@link RunEvent.RawLine}; an event that means nothing to the model gives an empty list.
 *
 * <p>Both callbacks write {@code _event} first, so a line is read as a stream: only each host's
 * result (small) and the recap become trees, the rest of the line is never built as one. A run
 * prints hundreds of thousands of lines and a whole tree per line was most of the reader's work.
 * A line with {@code _event} elsewhere is read as a whole tree, with the same outcome.
 */
public final class EventParser {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** The result field in which the verify modules report their checks. */
    static final String CHECKS_FIELD = "esw_checks";

    public List<RunEvent> parse(String line) {
        if (!mayBeEvent(line.isEmpty() ? 0 : line.charAt(0))) {
            return List.of(new RunEvent.RawLine(line));
        }
        Fields fields;
        try (JsonParser p = JSON.createParser(line)) {
            fields = Fields.stream(p);
        } catch (IOException e) {
            fields = null;
        }
        if (fields == Fields.NOT_FIRST) {
            JsonNode node = readEvent(line);
            fields = node == null ? null : Fields.of(node);
        }
        return fields == null ? List.of(new RunEvent.RawLine(line)) : eventsOf(fields);
    }

    /**
     * The same for a line as UTF-8 bytes, parsed without decoding it first; only a line that is not
     * an event is decoded (bytes that are not UTF-8 become U+FFFD).
     */
    public List<RunEvent> parse(byte[] line, int offset, int length) {
        Fields fields = null;
        if (mayBeEvent(length == 0 ? 0 : line[offset])) {
            try (JsonParser p = JSON.createParser(line, offset, length)) {
                fields = Fields.stream(p);
                if (fields == Fields.NOT_FIRST) {
                    JsonNode node = JSON.readTree(line, offset, length);
                    fields = isEvent(node) ? Fields.of(node) : null;
                }
            } catch (IOException e) {
                // Broken JSON, or bytes that are not UTF-8.
                fields = null;
            }
        }
        return fields == null ? List.of(new RunEvent.RawLine(new String(line, offset, length, StandardCharsets.UTF_8)))
                : eventsOf(fields);
    }

    /** Cheap test first: most raw lines fail it. */
    private static boolean mayBeEvent(int firstChar) {
        return firstChar == '{';
    }

    /** The parsed JSON event as a tree, or null when the line is not one. */
    static JsonNode readEvent(String line) {
        if (line.isEmpty() || !mayBeEvent(line.charAt(0))) {
            return null;
        }
        try {
            JsonNode node = JSON.readTree(line);
            return isEvent(node) ? node : null;
        } catch (JsonProcessingException e) {
            return null;
        }
    }

    private static boolean isEvent(JsonNode node) {
        return node != null && node.isObject() && node.has("_event");
    }

    /** What the model reads from one event line, however it was parsed. */
    private static final class Fields {
        /** The line is a JSON object whose first field is not {@code _event}: read it as a tree. */
        static final Fields NOT_FIRST = new Fields();

        String event = "";
        String taskId = "";
        String taskName = "";
        String playName = "";
        JsonNode stats = MissingNode.getInstance();
        final List<Map.Entry<String, JsonNode>> hosts = new ArrayList<>(1);

        /** Null when the line is not a JSON object at all. */
        static Fields stream(JsonParser p) throws IOException {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                return null;
            }
            if (!"_event".equals(p.nextFieldName()) || !p.nextToken().isScalarValue()) {
                return NOT_FIRST;
            }
            Fields f = new Fields();
            f.event = p.getText();
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                JsonToken value = p.nextToken();
                switch (field) {
                    case "task" -> eachField(p, value, (name, text) -> {
                        if (name.equals("id")) {
                            f.taskId = text;
                        } else if (name.equals("name")) {
                            f.taskName = text;
                        }
                    });
                    case "play" -> eachField(p, value, (name, text) -> {
                        if (name.equals("name")) {
                            f.playName = text;
                        }
                    });
                    case "hosts" -> f.readHosts(p, value);
                    case "stats" -> f.stats = tree(p);
                    default -> p.skipChildren();
                }
            }
            return f;
        }

        static Fields of(JsonNode node) {
            Fields f = new Fields();
            f.event = node.path("_event").asText();
            f.taskId = node.path("task").path("id").asText();
            f.taskName = node.path("task").path("name").asText();
            f.playName = node.path("play").path("name").asText();
            f.stats = node.path("stats");
            Iterator<Map.Entry<String, JsonNode>> hosts = node.path("hosts").fields();
            hosts.forEachRemaining(f.hosts::add);
            return f;
        }

        /**
         * Hands each field of an object to {@code field} with its text as a tree's asText() gives
         * it (a scalar's text, "" for an object or array); a value that is no object is skipped.
         */
        private static void eachField(JsonParser p, JsonToken value, BiConsumer<String, String> field)
                throws IOException {
            if (value != JsonToken.START_OBJECT) {
                p.skipChildren();
                return;
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                field.accept(name, scalarText(p, p.nextToken()));
            }
        }

        private void readHosts(JsonParser p, JsonToken value) throws IOException {
            if (value != JsonToken.START_OBJECT) {
                p.skipChildren();
                return;
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String host = p.currentName();
                p.nextToken();
                JsonNode result = tree(p);
                hosts.removeIf(h -> h.getKey().equals(host));
                hosts.add(Map.entry(host, result));
            }
        }

        private static JsonNode tree(JsonParser p) throws IOException {
            JsonNode node = p.readValueAsTree();
            return node == null ? MissingNode.getInstance() : node;
        }

        /** As a tree's asText(): a scalar's text, "" for an object or array. */
        private static String scalarText(JsonParser p, JsonToken v) throws IOException {
            if (v.isScalarValue()) {
                return p.getText();
            }
            p.skipChildren();
            return "";
        }
    }

    private static List<RunEvent> eventsOf(Fields f) {
        return switch (f.event) {
            case "v2_playbook_on_play_start" -> List.of(new RunEvent.PlayStarted(f.playName));
            case "v2_playbook_on_task_start", "v2_runner_on_start" -> List.of(taskStarted(f, false));
            case "v2_playbook_on_handler_task_start" -> List.of(taskStarted(f, true));
            case "v2_playbook_on_stats" -> List.of(new RunEvent.Recap(recap(f.stats)));
            // Names the playbook only; the events file keeps the line.
            case "v2_playbook_on_start" -> List.of();
            default -> hostResults(f);
        };
    }

    private static RunEvent.TaskStarted taskStarted(Fields f, boolean handler) {
        return new RunEvent.TaskStarted(f.taskId, f.taskName, handler);
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

    private static List<RunEvent> hostResults(Fields f) {
        ResultStatus base = statusOf(f.event);
        if (base == null) {
            // An event this app does not use (e.g. a newer callback's extra); keep it visible as text.
            return List.of(new RunEvent.RawLine(f.event));
        }
        boolean itemEvent = f.event.startsWith("v2_runner_item_on_");
        List<RunEvent> results = new ArrayList<>(f.hosts.size());
        for (Map.Entry<String, JsonNode> h : f.hosts) {
            JsonNode r = h.getValue();
            ResultStatus status = base == ResultStatus.OK && r.path("changed").asBoolean() ? ResultStatus.CHANGED : base;
            String item = itemEvent ? itemLabel(r) : "";
            String error = status.isProblem() ? ErrorText.withHint(r) : "";
            results.add(new RunEvent.HostResult(new TaskResult(f.taskId, f.taskName, h.getKey(), status, item, error,
                    Diffs.of(h.getKey(), f.taskName, r))));
            if (!itemEvent && r.has(CHECKS_FIELD)) {
                results.add(new RunEvent.Checks(f.taskId, h.getKey(), checks(h.getKey(), r.path(CHECKS_FIELD))));
            }
        }
        return results;
    }

    /** The checks of a verify task; an entry that is no object is skipped. */
    static List<CheckResult> checks(String host, JsonNode list) {
        List<CheckResult> checks = new ArrayList<>();
        for (JsonNode c : list) {
            if (c.isObject()) {
                checks.add(new CheckResult(c.path("check").asText(), host, c.path("target").asText(host),
                        c.path("what").asText(), c.path("ok").asBoolean(false), c.path("cause").asText(),
                        c.path("field").asText()));
            }
        }
        return checks;
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
