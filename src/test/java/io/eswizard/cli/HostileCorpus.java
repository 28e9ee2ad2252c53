package io.eswizard.cli;

import io.eswizard.project.ProjectFiles;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The hostile project files: the few that are no project at all, kept as files in
 * src/test/resources/hostile (listed in EXPECTED.tsv), and the reference project with one line
 * changed per case (CHANGES.tsv), written out to a folder for the command line to read.
 */
final class HostileCorpus {

    static final Path HOSTILE = Path.of("src/test/resources/hostile");
    static final Path REFERENCE = Path.of("src/test/resources/golden/reference/project.yaml");
    static final String EXPECTED = "EXPECTED.tsv";
    static final String CHANGES = "CHANGES.tsv";

    /** One case: the file to read and what its one-line error message must say. */
    record Case(String name, Path file, String expected) {
        @Override
        public String toString() {
            return name;
        }
    }

    private static final Pattern REPEAT = Pattern.compile("\\{\\{(\\d+)\\*(.+?)}}");

    private HostileCorpus() {
    }

    /** Every case; the changed copies of the reference project are written into {@code folder}. */
    static List<Case> write(Path folder) throws IOException {
        List<Case> cases = new ArrayList<>();
        for (String[] row : rows(EXPECTED, 2)) {
            cases.add(new Case(row[0], HOSTILE.resolve(row[0]), row[1]));
        }
        byte[] reference = Files.readAllBytes(REFERENCE);
        for (String[] row : rows(CHANGES, 5)) {
            Path file = folder.resolve(row[0]);
            Files.write(file, change(reference, row[1], row[2], row[3]));
            cases.add(new Case(row[0], file, row[4].replace("{{schema}}",
                    Integer.toString(ProjectFiles.SCHEMA_VERSION))));
        }
        return cases;
    }

    /** The names of the files kept as they are. */
    static List<String> keptFiles() throws IOException {
        return rows(EXPECTED, 2).stream().map(r -> r[0]).toList();
    }

    private static List<String[]> rows(String table, int columns) throws IOException {
        List<String[]> rows = new ArrayList<>();
        for (String line : Files.readAllLines(HOSTILE.resolve(table), StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] row = line.split("\t", -1);
            if (row.length != columns) {
                throw new IllegalArgumentException(table + ": " + columns + " columns expected: " + line);
            }
            rows.add(row);
        }
        return rows;
    }

    /**
     * The reference with one change: {@code replace} or {@code delete} the first line equal to
     * {@code line}, {@code insert-after} it, or {@code append} at the end.
     */
    static byte[] change(byte[] reference, String op, String line, String text) {
        List<byte[]> lines = lines(reference);
        if (op.equals("append")) {
            lines.add(decode(text));
            return join(lines);
        }
        byte[] target = decode(line);
        int at = -1;
        for (int i = 0; i < lines.size() && at < 0; i++) {
            at = Arrays.equals(lines.get(i), target) ? i : -1;
        }
        if (at < 0) {
            throw new IllegalArgumentException("the reference project has no line '" + line + "'");
        }
        switch (op) {
            case "replace" -> lines.set(at, decode(text));
            case "delete" -> lines.remove(at);
            case "insert-after" -> lines.add(at + 1, decode(text));
            default -> throw new IllegalArgumentException("unknown change " + op);
        }
        return join(lines);
    }

    /** Text with \n, \t, \xHH (a raw byte) and {{N*s}} (s repeated N times) as bytes. */
    static byte[] decode(String text) {
        Matcher m = REPEAT.matcher(text);
        StringBuilder expanded = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(expanded, Matcher.quoteReplacement(m.group(2).repeat(Integer.parseInt(m.group(1)))));
        }
        m.appendTail(expanded);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        String s = expanded.toString();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length() && s.charAt(i + 1) == 'n') {
                out.write('\n');
                i++;
            } else if (c == '\\' && i + 1 < s.length() && s.charAt(i + 1) == 't') {
                out.write('\t');
                i++;
            } else if (c == '\\' && i + 3 < s.length() && s.charAt(i + 1) == 'x') {
                out.write(Integer.parseInt(s.substring(i + 2, i + 4), 16));
                i += 3;
            } else {
                out.writeBytes(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
            }
        }
        return out.toByteArray();
    }

    private static List<byte[]> lines(byte[] text) {
        List<byte[]> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length; i++) {
            if (text[i] == '\n') {
                lines.add(Arrays.copyOfRange(text, start, i));
                start = i + 1;
            }
        }
        if (start < text.length) {
            lines.add(Arrays.copyOfRange(text, start, text.length));
        }
        return lines;
    }

    private static byte[] join(List<byte[]> lines) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] line : lines) {
            out.writeBytes(line);
            out.write('\n');
        }
        return out.toByteArray();
    }
}
