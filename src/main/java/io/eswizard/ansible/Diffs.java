package io.eswizard.ansible;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/** Collects the {@code diff} entries of a result (and of its loop items) as {@link FileDiff}s. */
final class Diffs {

    private Diffs() {
    }

    static List<FileDiff> of(String host, String task, JsonNode result) {
        if (!result.has("diff") && !result.has("results")) {
            return List.of();
        }
        List<FileDiff> diffs = new ArrayList<>();
        collect(host, task, target(result), result.path("diff"), diffs);
        for (JsonNode item : result.path("results")) {
            collect(host, task, target(item), item.path("diff"), diffs);
        }
        return diffs;
    }

    /** The file a module worked on: copy/template say "dest", file/lineinfile "path". */
    private static String target(JsonNode result) {
        for (String field : new String[] {"dest", "path"}) {
            String v = text(result.path(field));
            if (v.isEmpty()) {
                v = text(result.path("invocation").path("module_args").path(field));
            }
            if (!v.isEmpty()) {
                return v;
            }
        }
        return "";
    }

    private static void collect(String host, String task, String target, JsonNode diff, List<FileDiff> into) {
        if (diff.isArray()) {
            diff.forEach(d -> collect(host, task, target, d, into));
            return;
        }
        if (!diff.isObject() || diff.isEmpty()) {
            return;
        }
        FileDiff d = new FileDiff(host, task, target, text(diff.path("before_header")), text(diff.path("after_header")),
                text(diff.path("before")), text(diff.path("after")), text(diff.path("prepared")));
        if (d.isPrepared() || !d.before().equals(d.after())) {
            into.add(d);
        }
    }

    private static String text(JsonNode node) {
        if (node.isMissingNode() || node.isNull()) {
            return "";
        }
        return node.isValueNode() ? node.asText() : node.toPrettyString();
    }
}
