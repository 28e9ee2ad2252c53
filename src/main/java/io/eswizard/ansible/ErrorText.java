package io.eswizard.ansible;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/** A failed result in plain words: Ansible's message plus the tails of stderr and stdout. */
final class ErrorText {

    /** Enough lines to see the cause without flooding the status grid. */
    static final int TAIL_LINES = 8;

    private ErrorText() {
    }

    static String of(JsonNode result) {
        List<String> parts = new ArrayList<>();
        String msg = text(result.path("msg"));
        if (msg.isBlank()) {
            // A no_log result: Ansible replaced everything with this notice.
            msg = text(result.path("censored"));
        }
        if (!msg.isBlank()) {
            parts.add(msg.strip());
        }
        for (String field : new String[] {"stderr", "module_stderr", "stdout", "module_stdout"}) {
            String out = text(result.path(field));
            if (!out.isBlank() && !out.strip().equals(msg.strip())) {
                parts.add(field.replace("module_", "module ") + ": " + tail(out.strip()));
            }
        }
        // Loops: the top-level message is only "One or more items failed"; the cause is in the items.
        for (JsonNode item : result.path("results")) {
            if (item.path("failed").asBoolean() || item.path("unreachable").asBoolean()) {
                parts.add("item " + EventParser.itemLabel(item) + ": " + of(item));
            }
        }
        return parts.isEmpty() ? "failed without a message" : String.join("\n", parts);
    }

    /** {@link #of}, followed by what to do when the failure is a known login or sudo failure. */
    static String withHint(JsonNode result) {
        String text = of(result);
        return FailureHints.forMessage(text).map(hint -> text + "\nWhat to do: " + hint).orElse(text);
    }

    private static String text(JsonNode node) {
        if (node.isMissingNode() || node.isNull()) {
            return "";
        }
        return node.isValueNode() ? node.asText() : node.toString();
    }

    static String tail(String text) {
        String[] lines = text.split("\n", -1);
        if (lines.length <= TAIL_LINES) {
            return text;
        }
        return "(…" + (lines.length - TAIL_LINES) + " earlier lines)\n"
                + String.join("\n", java.util.Arrays.copyOfRange(lines, lines.length - TAIL_LINES, lines.length));
    }
}
