package io.eswizard.ansible;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Turns events into the human-readable lines of the log, close to Ansible's default output. */
public final class LineRenderer {

    /** Longest line shown on screen or in a terminal; the log file keeps the full line. */
    public static final int SCREEN_LINE_LIMIT = 2_000;

    private LineRenderer() {
    }

    public static List<String> render(RunEvent event) {
        if (event instanceof RunEvent.RawLine raw) {
            return List.of(raw.text());
        }
        if (event instanceof RunEvent.PlayStarted play) {
            return List.of("", "PLAY [" + play.name() + "]");
        }
        if (event instanceof RunEvent.TaskStarted task) {
            return List.of((task.handler() ? "RUNNING HANDLER [" : "TASK [") + task.name() + "]");
        }
        if (event instanceof RunEvent.HostResult hr) {
            return hostResult(hr.result());
        }
        if (event instanceof RunEvent.Checks checks) {
            return checks.checks().stream().map(c -> "      " + (c.ok() ? "ok    " : "FAIL  ") + c.what()).toList();
        }
        return recap(((RunEvent.Recap) event).hosts());
    }

    private static List<String> hostResult(TaskResult r) {
        String who = r.isItem() ? r.host() + " (item " + r.item() + ")" : r.host();
        String head = "  " + who + ": " + r.status().word();
        if (r.error().isEmpty() && r.diffs().isEmpty()) {
            return List.of(head);
        }
        List<String> lines = new ArrayList<>();
        lines.add(head);
        if (!r.error().isEmpty()) {
            for (String l : r.error().split("\n")) {
                lines.add("      " + l);
            }
        }
        for (FileDiff d : r.diffs()) {
            lines.add("      diff of " + d.fileName() + ":");
            for (String l : TextDiff.unified(d).split("\n")) {
                lines.add("        " + l);
            }
        }
        return lines;
    }

    private static List<String> recap(Map<String, HostRecap> hosts) {
        List<String> lines = new ArrayList<>();
        lines.add("");
        lines.add("PLAY RECAP");
        int width = hosts.keySet().stream().mapToInt(String::length).max().orElse(0);
        for (HostRecap h : hosts.values()) {
            lines.add(String.format("  %-" + Math.max(width, 1) + "s : ok=%d changed=%d unreachable=%d failed=%d "
                            + "skipped=%d rescued=%d ignored=%d", h.host(), h.ok(), h.changed(), h.unreachable(),
                    h.failures(), h.skipped(), h.rescued(), h.ignored()));
        }
        return lines;
    }

    /** Cuts a line for display, saying how much was left out. */
    public static String forScreen(String line) {
        if (line.length() <= SCREEN_LINE_LIMIT) {
            return line;
        }
        return line.substring(0, SCREEN_LINE_LIMIT) + " … (" + (line.length() - SCREEN_LINE_LIMIT)
                + " more characters in the log file)";
    }
}
