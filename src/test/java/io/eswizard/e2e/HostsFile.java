package io.eswizard.e2e;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** Parses a hosts file into name → address (first mapping wins, as the resolver does). */
final class HostsFile {

    private HostsFile() {
    }

    static Map<String, String> parse(Path file) throws IOException {
        Map<String, String> names = new LinkedHashMap<>();
        for (String raw : Files.readAllLines(file)) {
            String line = raw.replaceFirst("#.*", "").trim();
            if (line.isEmpty()) {
                continue;
            }
            String[] fields = line.split("\\s+");
            for (int i = 1; i < fields.length; i++) {
                names.putIfAbsent(fields[i], fields[0]);
            }
        }
        return names;
    }
}
