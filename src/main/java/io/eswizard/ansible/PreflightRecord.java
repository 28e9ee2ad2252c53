package io.eswizard.ansible;

import io.eswizard.bundle.PrivateFiles;
import io.eswizard.model.ClusterProject;
import io.eswizard.project.ProjectFileException;
import io.eswizard.project.ProjectFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A preflight in the project's run history: a small folder of its own with the summary, the project
 * as the preflight saw it and the findings as lines, so Past runs lists it and a run can tell whether
 * the preflight passed since the project last changed.
 */
public final class PreflightRecord {

    /** What {@link RunSummary#playbook()} says for a preflight. */
    public static final String PLAYBOOK = "preflight.yml";

    /** Where a run stands with the preflight. */
    public enum Status {
        NEVER_RUN("Preflight has not run for this project."),
        FAILED("The last preflight failed."),
        CHANGED_SINCE("The project changed since the last preflight passed."),
        PASSED("Preflight passed for the project as it is.");

        private final String words;

        Status(String words) {
            this.words = words;
        }

        public String words() {
            return words;
        }
    }

    private PreflightRecord() {
    }

    /** Writes the record of a finished preflight; returns its folder. */
    public static Path write(RunHistory history, ClusterProject project, PreflightReport report, List<String> limit,
                             Instant started) throws IOException {
        Path folder = history.newRunFolder();
        ProjectFiles.save(folder.resolve(RunHistory.PROJECT_SNAPSHOT), project);
        List<String> lines = lines(report);
        PrivateFiles.writeString(folder.resolve(RunSummary.LOG_FILE), String.join("\n", lines) + "\n");
        boolean passed = report.passed();
        new RunSummary(started.toString(), Instant.now().toString(), RunMode.CHECK, limit, passed ? 0 : 1, false,
                passed ? RunSummary.Outcome.SUCCEEDED : RunSummary.Outcome.FAILED, Map.of(), report.checks().size(),
                lines.subList(Math.max(0, lines.size() - 20), lines.size()), report.outcome(), PLAYBOOK)
                .writeTo(folder);
        return folder;
    }

    /**
     * Whether the latest preflight passed for {@code project} as it is now; a preflight of some hosts
     * only ({@code --limit}) counts as none.
     */
    public static Status status(RunHistory history, ClusterProject project) throws IOException {
        for (RunHistory.PastRun run : history.list()) {
            Optional<RunSummary> summary = run.summary().filter(s -> s.playbook().equals(PLAYBOOK)
                    && s.limit().isEmpty());
            if (summary.isEmpty()) {
                continue;
            }
            if (summary.get().outcome() != RunSummary.Outcome.SUCCEEDED) {
                return Status.FAILED;
            }
            return sameProject(run.folder(), project) ? Status.PASSED : Status.CHANGED_SINCE;
        }
        return Status.NEVER_RUN;
    }

    /** Whether the run in {@code folder} saw exactly {@code project}. */
    static boolean sameProject(Path folder, ClusterProject project) {
        Path snapshot = folder.resolve(RunHistory.PROJECT_SNAPSHOT);
        try {
            return Files.isRegularFile(snapshot) && ProjectFiles.load(snapshot).equals(project);
        } catch (ProjectFileException e) {
            return false;
        }
    }

    /** One line per check, and what to do under each failed one (as the command line prints them). */
    public static List<String> lines(PreflightReport report) {
        List<String> lines = new ArrayList<>();
        for (PreflightCheck c : report.checks()) {
            lines.add(String.format("%-4s %-16s %-20s %s", c.ok() ? "ok" : "FAIL", c.host(), c.check(),
                    c.detail().replace('\n', ' ')));
            if (!c.ok()) {
                lines.add("     what to do: " + c.remedy());
            }
        }
        lines.add(report.outcome());
        return lines;
    }
}
