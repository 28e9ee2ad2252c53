package io.eswizard.ansible;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the findings of preflight.yml from the lines of the app's event callback. */
final class PreflightFindings {

    /** "Check db_port: the node reaches MySQL" -> id "db_port". */
    private static final Pattern CHECK_TASK = Pattern.compile("^Check ([a-z_]+): ");

    private PreflightFindings() {
    }

    /** One finding per host and check, host by host in the order the hosts first answered. */
    static List<PreflightCheck> read(String output) {
        Map<String, List<PreflightCheck>> byHost = new LinkedHashMap<>();
        for (String line : output.split("\n")) {
            JsonNode event = EventParser.readEvent(line);
            if (event == null) {
                continue;
            }
            String kind = event.path("_event").asText();
            Matcher m = CHECK_TASK.matcher(event.at("/task/name").asText());
            if (!kind.startsWith("v2_runner_on_") || kind.equals("v2_runner_on_skipped") || !m.find()) {
                continue;
            }
            PreflightCheckKind check = PreflightCheckKind.fromId(m.group(1));
            for (Iterator<Map.Entry<String, JsonNode>> it = event.path("hosts").fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> host = it.next();
                byHost.computeIfAbsent(host.getKey(), h -> new ArrayList<>())
                        .add(finding(check, host.getKey(), kind, host.getValue()));
            }
        }
        List<PreflightCheck> all = new ArrayList<>();
        byHost.values().forEach(all::addAll);
        return all;
    }

    private static PreflightCheck finding(PreflightCheckKind check, String host, String kind, JsonNode result) {
        JsonNode msg = result.path("msg");
        if (kind.equals("v2_runner_on_ok") && msg.isObject()) {
            boolean ok = msg.path("ok").asBoolean(false) || "true".equalsIgnoreCase(msg.path("ok").asText());
            String detail = msg.path("detail").asText("").strip();
            return ok ? PreflightCheck.ok(host, check.title(), detail)
                    : PreflightCheck.failed(host, check.title(), detail, check.remedy(host, detail));
        }
        if (kind.equals("v2_runner_on_ok")) {
            return PreflightCheck.ok(host, check.title(), check.okDetail());
        }
        boolean wrongUser = check == PreflightCheckKind.BECOME && msg.asText("").isBlank()
                && result.path("stdout").asText("").strip().matches("\\d+");
        String detail = wrongUser ? "tasks run as uid " + result.path("stdout").asText().strip() : ErrorText.of(result);
        return PreflightCheck.failed(host, check.title(), detail, check.remedy(host, detail));
    }
}
