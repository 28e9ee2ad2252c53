package io.eswizard.ansible;

import java.util.ArrayList;
import java.util.List;

/**
 * What a run is about to do to the servers, in words, for the confirmation the wizard asks and the
 * command line prints: the machines and what each gets, the files that change (a dry run's list
 * when there is one), the restarts, and where the preflight stands. Built by {@link RunPlans}.
 *
 * @param title      what the run does, e.g. "Run" or "Rolling restart"
 * @param files      "host: path" of each file that changes; empty when unknown or none
 * @param filesNote  where the file list comes from, or why there is none
 * @param restarts   what restarts or stops, one line each
 * @param preflight  whether the preflight passed for the project as it is
 */
public record RunPlan(String title, List<Machine> machines, List<String> files, String filesNote,
                      List<String> restarts, PreflightRecord.Status preflight) {

    /** One machine: its inventory name, its address and what the run does there. */
    public record Machine(String host, String address, List<String> actions) {
        public Machine {
            actions = List.copyOf(actions);
        }

        /** "publisher-1 (10.0.0.11)". */
        public String label() {
            return address.isBlank() || address.equals(host) ? host : host + " (" + address + ")";
        }
    }

    public RunPlan {
        machines = List.copyOf(machines);
        files = List.copyOf(files);
        restarts = List.copyOf(restarts);
    }

    public boolean preflightPassed() {
        return preflight == PreflightRecord.Status.PASSED;
    }

    /** The warning to show before the run when the preflight has not passed; empty when it has. */
    public String preflightWarning() {
        return preflightPassed() ? "" : preflight.words() + " It checks SSH, sudo, Python, the homes and the ports "
                + "on every machine, changing nothing, so that the run does not stop halfway.";
    }

    /** The question, e.g. "Run: change 6 machines?". */
    public String question() {
        return title + ": change " + machines.size() + (machines.size() == 1 ? " machine?" : " machines?");
    }

    /** The whole plan as plain text, the way the command line prints it. */
    public String text() {
        List<String> lines = new ArrayList<>();
        lines.add(question());
        lines.add("");
        lines.add("Machines:");
        for (Machine m : machines) {
            lines.add("  " + m.label() + ": " + String.join("; ", m.actions()) + ".");
        }
        lines.add("");
        lines.add("Files that change: " + filesNote);
        files.forEach(f -> lines.add("  " + f));
        lines.add("");
        lines.add("Restarts:");
        restarts.forEach(r -> lines.add("  " + r));
        if (!preflightPassed()) {
            lines.add("");
            lines.add("Warning: " + preflightWarning());
        }
        return String.join("\n", lines) + "\n";
    }
}
