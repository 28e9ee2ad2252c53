package io.eswizard.ansible;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The runs of one project, each in its own timestamped folder under {@code <project dir>/.esw-runs/}
 * (bundle, output.log, events.jsonl, run-summary.json). Folder names sort by time.
 */
public final class RunHistory {

    public static final String RUNS_FOLDER = ".esw-runs";
    private static final DateTimeFormatter FOLDER_NAME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS");

    /** A past run; the summary is empty when the run never finished (the app died during it). */
    public record PastRun(Path folder, Optional<RunSummary> summary) {
        public String name() {
            return folder.getFileName().toString();
        }
    }

    private final Path root;

    public RunHistory(Path runsRoot) {
        this.root = runsRoot;
    }

    public static RunHistory ofProject(Path projectDir) {
        return new RunHistory(projectDir.resolve(RUNS_FOLDER));
    }

    public Path root() {
        return root;
    }

    /** Creates a fresh, empty folder for a new run. */
    public Path newRunFolder() throws IOException {
        Files.createDirectories(root);
        String base = LocalDateTime.now().format(FOLDER_NAME);
        for (int n = 0; ; n++) {
            Path candidate = root.resolve(n == 0 ? base : base + "-" + n);
            try {
                return Files.createDirectory(candidate);
            } catch (java.nio.file.FileAlreadyExistsException e) {
                // Two runs in the same millisecond: take the next suffix.
            }
        }
    }

    /** Past runs, newest first. */
    public List<PastRun> list() throws IOException {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        List<PastRun> runs = new ArrayList<>();
        try (Stream<Path> dirs = Files.list(root)) {
            for (Path dir : dirs.filter(Files::isDirectory).filter(d -> !d.getFileName().toString().startsWith(".")).sorted(Comparator.reverseOrder()).toList()) {
                runs.add(new PastRun(dir, read(dir)));
            }
        }
        return runs;
    }

    public Optional<PastRun> latest() throws IOException {
        return list().stream().filter(r -> r.summary().isPresent()).findFirst();
    }

    private static Optional<RunSummary> read(Path dir) {
        if (!Files.isRegularFile(dir.resolve(RunSummary.FILE))) {
            return Optional.empty();
        }
        try {
            return Optional.of(RunSummary.readFrom(dir));
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
