package io.eswizard.ui.pages.run;

import io.eswizard.ansible.FileDiff;
import io.eswizard.ansible.TextDiff;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A dry run's diffs as the viewer lists them: per machine (by name), each changed file
 * once, with its diff: one whole-file diff per file per machine, as the playbook's file-edit modules
 * report it; a file that several tasks touch shows their diffs one after the other. Needs no FX toolkit.
 */
final class DiffGroups {

    /** One changed file on one machine. */
    record ChangedFile(String host, String file, List<FileDiff> diffs) {

        /** The text the viewer shows: each task's diff under its name. */
        String text() {
            StringBuilder out = new StringBuilder();
            for (FileDiff d : diffs) {
                if (!out.isEmpty()) {
                    out.append("\n\n");
                }
                out.append("# task: ").append(d.task()).append('\n').append(TextDiff.unified(d));
            }
            return out.toString();
        }

        /** Lines added and removed, for the list ("+3 −1"). */
        int[] counts() {
            int added = 0;
            int removed = 0;
            for (String line : text().split("\n")) {
                if (line.startsWith("+") && !line.startsWith("+++")) {
                    added++;
                } else if (line.startsWith("-") && !line.startsWith("---")) {
                    removed++;
                }
            }
            return new int[] {added, removed};
        }
    }

    private DiffGroups() {
    }

    /** Machine (by name) → its changed files, in the order the run reported them. */
    static Map<String, List<ChangedFile>> byHost(List<FileDiff> diffs) {
        Map<String, Map<String, List<FileDiff>>> grouped = new java.util.TreeMap<>();
        for (FileDiff d : diffs) {
            grouped.computeIfAbsent(d.host(), h -> new LinkedHashMap<>())
                    .computeIfAbsent(d.fileName(), f -> new ArrayList<>()).add(d);
        }
        Map<String, List<ChangedFile>> out = new LinkedHashMap<>();
        grouped.forEach((host, files) -> {
            List<ChangedFile> list = new ArrayList<>();
            files.forEach((file, fileDiffs) -> list.add(new ChangedFile(host, file, List.copyOf(fileDiffs))));
            out.put(host, List.copyOf(list));
        });
        return out;
    }
}
