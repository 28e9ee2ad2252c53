package io.eswizard.ansible;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One database backup as its manifest on the database machine describes it ({@code manifest.json}
 * beside the dumps, written by the es_mysql role's backup.yml).
 *
 * @param id        the backup's id and folder name, yyyyMMdd-HHmmss (UTC)
 * @param time      when it was made, ISO 8601 in UTC
 * @param reason    why it was made; empty when the admin asked for it without one
 * @param size      bytes of all its dumps
 * @param databases one dump per database
 */
public record BackupManifest(String id, String time, String reason, long size, List<Dump> databases) {

    /** One database's dump: its file in the backup's folder, its size and its sha256 (hex). */
    public record Dump(String name, String file, long size, String sha256) {
    }

    public BackupManifest {
        databases = List.copyOf(databases);
    }

    /** The database names, in the manifest's order. */
    public List<String> databaseNames() {
        return databases.stream().map(Dump::name).toList();
    }

    /** The size for people: "1.4 MB", "812 kB", "96 B". */
    public String sizeText() {
        return sizeText(size);
    }

    static String sizeText(long bytes) {
        if (bytes < 1000) {
            return bytes + " B";
        }
        String[] units = {"kB", "MB", "GB", "TB"};
        double v = bytes;
        int unit = -1;
        while (v >= 1000 && unit < units.length - 1) {
            v /= 1000;
            unit++;
        }
        return String.format(Locale.ROOT, v < 10 ? "%.1f %s" : "%.0f %s", v, units[unit]);
    }

    /**
     * Reads a manifest.
     *
     * @throws IllegalArgumentException naming the field that is missing or wrong
     */
    public static BackupManifest of(JsonNode json) {
        if (json == null || !json.isObject()) {
            throw new IllegalArgumentException("a backup manifest is a JSON object, not " + kind(json));
        }
        String id = text(json, "id", "manifest");
        if (!BackupIds.isValid(id)) {
            throw new IllegalArgumentException("manifest: id '" + id + "' is not of the form yyyyMMdd-HHmmss");
        }
        String where = "manifest of backup " + id;
        String time = text(json, "time", where);
        String reason = json.path("reason").asText("");
        JsonNode list = json.path("databases");
        if (!list.isArray() || list.isEmpty()) {
            throw new IllegalArgumentException(where + ": databases is missing or empty");
        }
        List<Dump> dumps = new ArrayList<>();
        long total = 0;
        for (int i = 0; i < list.size(); i++) {
            JsonNode d = list.get(i);
            String at = where + ": databases[" + i + "]";
            String sha = text(d, "sha256", at);
            if (!sha.matches("[0-9a-f]{64}")) {
                throw new IllegalArgumentException(at + ".sha256 is not a sha256 in hex: '" + sha + "'");
            }
            long size = number(d, "size", at);
            dumps.add(new Dump(text(d, "name", at), text(d, "file", at), size, sha));
            total += size;
        }
        long size = json.has("size") ? number(json, "size", where) : total;
        return new BackupManifest(id, time, reason, size, dumps);
    }

    private static String text(JsonNode node, String field, String where) {
        JsonNode v = node.path(field);
        if (!v.isTextual() || v.asText().isBlank()) {
            throw new IllegalArgumentException(where + ": " + field + " is missing or not a text");
        }
        return v.asText();
    }

    private static long number(JsonNode node, String field, String where) {
        JsonNode v = node.path(field);
        // to_nice_json of a templated value may write the number as a string.
        if (v.isTextual() && v.asText().matches("[0-9]{1,18}")) {
            return Long.parseLong(v.asText());
        }
        if (!v.canConvertToLong() || v.asLong() < 0 || !v.isIntegralNumber()) {
            throw new IllegalArgumentException(where + ": " + field + " is missing or not a whole number of bytes");
        }
        return v.asLong();
    }

    private static String kind(JsonNode json) {
        return json == null || json.isMissingNode() ? "nothing" : json.getNodeType().name().toLowerCase(Locale.ROOT);
    }
}
