package io.eswizard.ansible;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The collections a playbook needs, from its {@code collections/requirements.yml} (the file AWX,
 * Semaphore and {@code ansible-galaxy collection install -r} read), and which of them the
 * collections installed on this machine lack or have too old.
 */
final class CollectionRequirements {

    static final String FILE = "collections/requirements.yml";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One collection and the oldest version that serves ({@code >=x.y.z}; empty: any). */
    record Requirement(String name, String minimum) {

        boolean metBy(String installed) {
            return installed != null && compare(installed, minimum) >= 0;
        }

        @Override
        public String toString() {
            return minimum.isEmpty() ? name : name + " " + minimum + " or newer";
        }
    }

    private CollectionRequirements() {
    }

    static List<Requirement> read(Path folder) throws IOException {
        JsonNode doc = new YAMLMapper().readTree(folder.resolve(FILE).toFile());
        List<Requirement> out = new ArrayList<>();
        for (JsonNode c : doc.path("collections")) {
            String name = c.isTextual() ? c.asText() : c.path("name").asText();
            String version = c.path("version").asText("").replaceFirst("^>=\\s*", "").strip();
            out.add(new Requirement(name, version));
        }
        if (out.isEmpty()) {
            throw new IOException(FILE + " lists no collections");
        }
        return out;
    }

    /** The newest version of each collection in {@code ansible-galaxy collection list --format json}. */
    static Map<String, String> installed(String json) {
        Map<String, String> versions = new TreeMap<>();
        int start = json.indexOf('{');
        if (start < 0) {
            return versions;
        }
        try {
            JSON.readTree(json.substring(start)).fields().forEachRemaining(path -> path.getValue().fields()
                    .forEachRemaining(c -> versions.merge(c.getKey(), c.getValue().path("version").asText("0"),
                            (a, b) -> compare(a, b) >= 0 ? a : b)));
        } catch (IOException e) {
            // Unreadable listing: every collection counts as missing.
        }
        return versions;
    }

    /** Compares dotted versions number by number (1.10.0 is newer than 1.9.2); text after a number is ignored. */
    static int compare(String a, String b) {
        String[] x = a.split("\\.");
        String[] y = b.split("\\.");
        for (int i = 0; i < Math.max(x.length, y.length); i++) {
            int d = Integer.compare(number(x, i), number(y, i));
            if (d != 0) {
                return d;
            }
        }
        return 0;
    }

    private static int number(String[] parts, int i) {
        if (i >= parts.length) {
            return 0;
        }
        String digits = parts[i].replaceFirst("^(\\d*).*$", "$1");
        return digits.isEmpty() ? 0 : Integer.parseInt(digits);
    }
}
