package io.eswizard.diagnose;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** README.txt's tables read back: each section's rows (after its header row) as cells, by section title. */
final class ReadmeTables {

    private ReadmeTables() {
    }

    static Map<String, List<List<String>>> parse(String readme) {
        Map<String, List<List<String>>> tables = new LinkedHashMap<>();
        String[] lines = readme.split("\n");
        String section = null;
        boolean header = false;
        for (int i = 0; i < lines.length; i++) {
            if (i + 1 < lines.length && !lines[i].isEmpty() && lines[i + 1].equals("-".repeat(lines[i].length()))) {
                section = lines[i];
                tables.put(section, new ArrayList<>());
                header = true;
                i++;
                continue;
            }
            if (section != null && lines[i].contains(DiagnosticsReadme.SEP)) {
                if (header) {
                    header = false;
                    continue;
                }
                tables.get(section).add(List.of(lines[i].split(" \\| ", -1)));
            }
        }
        return tables;
    }
}
