package io.eswizard.cli;

import io.eswizard.verify.VerifyCheck;
import io.eswizard.verify.VerifyReport;
import java.io.PrintWriter;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

/**
 * Prints verify checks for a terminal, one line each as they come: {@code ok} or {@code FAIL}, the
 * host the check is about, what was checked; under a failure, its cause and the setting that fixes it.
 */
final class CheckPrinter {

    private final PrintWriter out;
    private final Set<VerifyCheck> printed = Collections.newSetFromMap(new IdentityHashMap<>());

    CheckPrinter(PrintWriter out) {
        this.out = out;
    }

    synchronized void print(VerifyCheck c) {
        if (!printed.add(c)) {
            return;
        }
        out.printf("%-4s  %-16s %s%n", c.ok() ? "ok" : "FAIL", c.target().isEmpty() ? "-" : c.target(), c.what());
        if (!c.ok()) {
            out.println("      cause: " + c.cause().replace("\n", "\n             "));
            if (!c.fieldLabel().isEmpty()) {
                out.println("      fix:   " + c.fieldLabel());
            }
        }
        out.flush();
    }

    /** Checks the report holds that were not printed as they came (those made when the run ended). */
    void printRest(VerifyReport report) {
        report.checks().forEach(this::print);
    }

    /** The outcome; when every check passed, the addresses to open. */
    void printSummary(VerifyReport report, String... urls) {
        int failed = report.failed().size();
        int total = report.checks().size();
        out.println();
        if (report.passed()) {
            out.println("All " + total + " checks passed: the cluster works. Open " + String.join(" or ", urls));
        } else {
            out.println(failed + " of " + total + " checks failed.");
        }
        out.println("Log and events: " + report.runFolder());
        out.flush();
    }
}
