package io.eswizard.ansible;

import java.util.Optional;

/**
 * A failure (of a run's task, or a failed preflight check) in plain words for the screen: a heading,
 * the first line of what went wrong with what to do about it, and the full message behind them.
 */
public final class FailureText {

    private static final String WHAT_TO_DO = "What to do: ";

    private FailureText() {
    }

    /** "store-1: ES_HOME failed", "database: could not be reached". */
    public static String heading(TaskResult f) {
        String what = TaskNames.name(f.task());
        if (f.status() == ResultStatus.UNREACHABLE) {
            return f.host() + ": could not be reached" + (f.role().equals(PreflightReport.ROLE) ? "" : " (" + what + ")");
        }
        return f.host() + ": " + what + " failed";
    }

    /** Ansible's own words that say only that something failed; the cause is in the lines after them. */
    private static final java.util.Set<String> GENERIC = java.util.Set.of("non-zero return code", "MODULE FAILURE",
            "MODULE FAILURE\nSee stdout/stderr for the exact error", "One or more items failed");

    /** What went wrong, in one line: the program's first word of error when Ansible says only that it failed. */
    public static String cause(TaskResult f) {
        java.util.List<String> lines = message(f).lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
        if (lines.isEmpty()) {
            return "It failed without a message.";
        }
        if (GENERIC.contains(lines.get(0)) && lines.size() > 1) {
            return lines.get(1).replaceFirst("^(module )?(stderr|stdout): ", "");
        }
        return lines.get(0);
    }

    /** What to do about it, when known. */
    public static Optional<String> remedy(TaskResult f) {
        int at = f.error().indexOf(WHAT_TO_DO);
        if (at >= 0) {
            return Optional.of(f.error().substring(at + WHAT_TO_DO.length()).strip());
        }
        return FailureHints.forMessage(f.error());
    }

    /** The whole message, as Ansible gave it (what to do left out). */
    public static String message(TaskResult f) {
        int at = f.error().indexOf("\n" + WHAT_TO_DO);
        return (at >= 0 ? f.error().substring(0, at) : f.error()).strip();
    }

    /** Whether the whole message says more than its first line. */
    public static boolean hasMore(TaskResult f) {
        return !message(f).equals(cause(f));
    }
}
