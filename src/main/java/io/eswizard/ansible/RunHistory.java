package io.eswizard.ansible;

import io.eswizard.bundle.PrivateFiles;
import io.eswizard.model.ClusterProject;
import io.eswizard.project.ProjectFileException;
import io.eswizard.project.ProjectFiles;
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
 * (bundle, output.log, events.jsonl, run-summary.json, and the project as the run saw it,
 * {@value #PROJECT_SNAPSHOT}). Folder names sort by time and name the run (its run id).
 */
public final class RunHistory {

    public static final String RUNS_FOLDER = ".esw-runs";
    /** The project file as the run saw it (no passwords, like every project file). */
    public static final String PROJECT_SNAPSHOT = "project.eswiz";
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

    /** Creates a fresh, empty folder for a new run; it and the runs folder are 0700 when created. */
    public Path newRunFolder() throws IOException {
        PrivateFiles.createFolders(root);
        String base = LocalDateTime.now().format(FOLDER_NAME);
        for (int n = 0; ; n++) {
            Path candidate = root.resolve(n == 0 ? base : base + "-" + n);
            try {
                return PrivateFiles.createFolder(candidate);
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

    /** The latest finished run of a playbook. */
    public Optional<PastRun> latest(String playbook) throws IOException {
        return list().stream().filter(r -> r.summary().map(s -> s.playbook().equals(playbook)).orElse(false))
                .findFirst();
    }

    /** The run of that id (its folder name). */
    public Optional<PastRun> find(String runId) throws IOException {
        return list().stream().filter(r -> r.name().equals(runId)).findFirst();
    }

    /**
     * The project as the latest full run of site.yml that succeeded set it up: what runs on the
     * machines now, as far as this app knows. Empty when no such run kept its project.
     */
    public Optional<ClusterProject> lastApplied() throws IOException {
        for (PastRun run : list()) {
            Path snapshot = run.folder().resolve(PROJECT_SNAPSHOT);
            if (run.summary().map(RunSummary::appliedTheProject).orElse(false) && Files.isRegularFile(snapshot)) {
                try {
                    return Optional.of(ProjectFiles.load(snapshot));
                } catch (ProjectFileException e) {
                    // A snapshot an older or newer app cannot read: look further back.
                }
            }
        }
        return Optional.empty();
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
