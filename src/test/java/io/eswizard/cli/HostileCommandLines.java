package io.eswizard.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The hostile command lines of src/test/resources/hostile-cli: hostile values in a project (VALUES.tsv,
 * each run through validate, run and export) and hostile passwords and files (FILES.tsv), each case
 * laid out in a folder of its own.
 */
final class HostileCommandLines {

    static final Path FOLDER = Path.of("src/test/resources/hostile-cli");
    static final String VALUES = "VALUES.tsv";
    static final String FILES = "FILES.tsv";
    private static final String ADMIN_ACCESS = "  adminAccess: \"socket\"";

    /**
     * One command line and what it must do.
     *
     * @param folder the case's own folder, which must hold afterwards exactly what the setup put there
     * @param quick  refused within two seconds, without reading what is no regular file (FILES.tsv)
     */
    record Case(String name, Path folder, Map<String, String> env, List<String> args, int exitCode,
                String expected, boolean quick) {
        @Override
        public String toString() {
            return name;
        }
    }

    private HostileCommandLines() {
    }

    /** Every case, its folder made under {@code root}. */
    static List<Case> write(Path root) throws IOException {
        byte[] reference = Files.readAllBytes(HostileCorpus.REFERENCE);
        List<Case> cases = new ArrayList<>();
        for (String[] row : rows(VALUES, 5)) {
            String base = row[0].replaceAll("\\.yaml$", "");
            for (String command : List.of("validate", "run", "export")) {
                Path dir = Files.createDirectories(root.resolve(base + "-" + command));
                Path file = dir.resolve(row[0]);
                Files.write(file, HostileCorpus.change(reference, row[1], row[2], row[3]));
                List<String> args = new ArrayList<>(List.of(command, file.toString()));
                if (command.equals("run")) {
                    args.addAll(List.of("--run-dir", dir.resolve("runs").toString()));
                } else if (command.equals("export")) {
                    args.addAll(List.of("--out", dir.resolve("bundle").toString()));
                }
                cases.add(new Case(base + " (" + command + ")", dir, Map.of(), args, EsWizardCli.PROJECT_HAS_ERRORS,
                        row[4], false));
            }
        }
        for (String[] row : rows(FILES, 6)) {
            Path dir = Files.createDirectories(root.resolve(row[0]));
            for (String step : row[1].split(" ; ")) {
                setUp(dir, step, reference);
            }
            String d = dir.toString();
            List<String> args = Arrays.stream(row[3].split(" ")).map(a -> a.replace("{d}", d)).toList();
            cases.add(new Case(row[0], dir, environment(row[2]), args, Integer.parseInt(row[4]),
                    row[5].replace("{d}", d), true));
        }
        return cases;
    }

    private static void setUp(Path dir, String step, byte[] reference) throws IOException {
        String[] w = step.split(" ", 4);
        Path target = dir.resolve(w[1]);
        switch (w[0]) {
            case "project" -> Files.write(target, reference);
            case "project-admin" -> Files.write(target, HostileCorpus.change(reference, "replace", ADMIN_ACCESS,
                    "  adminAccess: \"password\""));
            case "file" -> {
                Files.write(target, HostileCorpus.decode(w.length > 3 ? w[3] : ""));
                Files.setPosixFilePermissions(target, PosixFilePermissions.fromString(mode(w[2])));
            }
            case "fifo" -> {
                mkfifo(target);
                Files.setPosixFilePermissions(target, PosixFilePermissions.fromString(mode(w[2])));
            }
            case "dir" -> Files.createDirectory(target,
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString(mode(w[2]))));
            case "link" -> Files.createSymbolicLink(target, Path.of(w[2].replace("{d}", dir.toString())));
            default -> throw new IllegalArgumentException("unknown setup step: " + step);
        }
    }

    private static void mkfifo(Path target) throws IOException {
        try {
            Process p = new ProcessBuilder("mkfifo", target.toString()).inheritIO().start();
            if (p.waitFor() != 0) {
                throw new IOException("mkfifo " + target + " failed");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }

    /** "640" as "rw-r-----". */
    private static String mode(String octal) {
        StringBuilder sb = new StringBuilder();
        for (char c : octal.toCharArray()) {
            int bits = c - '0';
            sb.append((bits & 4) != 0 ? 'r' : '-').append((bits & 2) != 0 ? 'w' : '-').append((bits & 1) != 0 ? 'x' : '-');
        }
        return sb.toString();
    }

    private static Map<String, String> environment(String column) {
        Map<String, String> env = new TreeMap<>();
        if (!column.equals("-")) {
            for (String pair : column.split(" ")) {
                env.put(pair.substring(0, pair.indexOf('=')), pair.substring(pair.indexOf('=') + 1));
            }
        }
        return env;
    }

    private static List<String[]> rows(String table, int columns) throws IOException {
        List<String[]> rows = new ArrayList<>();
        for (String line : Files.readAllLines(FOLDER.resolve(table), StandardCharsets.UTF_8)) {
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
}
