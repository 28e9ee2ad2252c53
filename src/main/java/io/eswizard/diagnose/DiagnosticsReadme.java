package io.eswizard.diagnose;

import com.fasterxml.jackson.databind.JsonNode;
import io.eswizard.ansible.RunSummary;
import io.eswizard.ansible.SecretScrubber;
import io.eswizard.model.ClusterProject;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The bundle's README.txt: what made it, each machine and whether it was gathered, every entry with
 * where it came from and what was masked or skipped, and how masking works. Tables are lines of
 * cells separated by {@value #SEP}, under a title and its underline.
 */
final class DiagnosticsReadme {

    static final String SEP = " | ";
    static final String MACHINES = "Machines";
    static final String COLLECTED = "Collected";
    static final String LOCAL_MACHINE = "this machine";

    private final ClusterProject project;
    private final Path projectFile;
    private final String command;
    private final RunSummary run;
    private final List<String> rows = new ArrayList<>();
    private final Map<String, String> clocks = new java.util.HashMap<>();

    DiagnosticsReadme(ClusterProject project, Path projectFile, String command, RunSummary run) {
        this.project = project;
        this.projectFile = projectFile;
        this.command = command;
        this.run = run;
    }

    /** One machine's entries, from its manifest (what was copied, missing, skipped) and the masking. */
    void machine(String host, String prefix, JsonNode manifest, Map<String, Masker.Result> masked) {
        if (manifest == null) {
            rows.add(row("-", host, "manifest.json", "missing", "the machine's zip had no list of its entries"));
            return;
        }
        clocks.put(host, Instant.ofEpochMilli((long) (manifest.path("time").asDouble() * 1000)).toString());
        for (JsonNode item : manifest.path("items")) {
            String entry = item.path("entry").asText("");
            Masker.Result r = EntryNames.safe(entry).map(masked::get).orElse(null);
            String note = item.path("note").asText("");
            String maskNote = r == null ? "" : maskNote(r);
            String all = note.isEmpty() ? maskNote : maskNote.isEmpty() ? note : note + "; " + maskNote;
            String state = item.path("state").asText("");
            if (r == null && !entry.isEmpty()) {
                state = "left out";
                all = "its name leads outside the bundle";
            }
            rows.add(row(r == null ? "-" : prefix + EntryNames.safe(entry).orElseThrow(), host,
                    item.path("source").asText(""), state, all));
        }
        Masker.Result m = masked.get(BundleAssembly.MANIFEST);
        rows.add(row(prefix + BundleAssembly.MANIFEST, host, "the list of this machine's entries", "copied",
                m == null ? "" : maskNote(m)));
    }

    void local(String entry, String what, String state, String note) {
        rows.add(row(state.equals("missing") ? "-" : entry, LOCAL_MACHINE, what, state, note));
    }

    static String maskNote(Masker.Result r) {
        List<String> parts = new ArrayList<>();
        if (r.known() > 0) {
            parts.add(r.known() + " known password(s) masked");
        }
        if (r.passwordLike() > 0) {
            parts.add(r.passwordLike() + " password-like value(s) masked");
        }
        return String.join("; ", parts);
    }

    private static String row(String... cells) {
        return String.join(SEP, List.of(cells).stream().map(c -> c.replace("\n", " ").replace(SEP, " / ")).toList());
    }

    String text(List<MachineOutcome> machines) {
        StringBuilder sb = new StringBuilder();
        sb.append("ES Cluster Wizard diagnostics bundle\n\n")
                .append("Project: ").append(project.name()).append(" (").append(projectFile).append(")\n")
                .append("Made:    ").append(Instant.now()).append('\n')
                .append("Command: ").append(command).append('\n')
                .append("Gathered by diagnose.yml from ").append(run.started()).append(" to ").append(run.ended())
                .append(": ").append(run.message()).append("\n\n");
        long missing = machines.stream().filter(m -> !m.gathered()).count();
        sb.append(missing == 0 ? "Every machine of the project was gathered.\n\n"
                : missing + " machine(s) could not be gathered; the bundle holds the others.\n\n");
        title(sb, MACHINES);
        sb.append(row("host", "address", "gathered", "clock (UTC) when gathered", "why not")).append('\n');
        for (MachineOutcome m : machines) {
            sb.append(row(m.host(), m.address(), m.gathered() ? "yes" : "no", clocks.getOrDefault(m.host(), "-"),
                    m.why())).append('\n');
        }
        sb.append('\n');
        title(sb, COLLECTED);
        sb.append("Entries under machines/HOST/: files/ are files as they are on the machine, logs/ the end of each ")
                .append("log,\ncommands/ the output of a command, system/ what every machine has. \"-\" is an entry ")
                .append("that is not in the bundle.\n");
        sb.append(row("entry", "from", "source", "state", "note")).append('\n');
        rows.forEach(r -> sb.append(r).append('\n'));
        sb.append('\n');
        title(sb, "Masking");
        sb.append("Every file was masked before it was written here; a masked value reads ").append(SecretScrubber.MASK)
                .append(".\n- The passwords the wizard knows (database, database admin, sudo), in every form they take:")
                .append("\n  as typed, XML- and URL-encoded, escaped for JSON, YAML and the shell, and in base64.\n")
                .append("- Any value that looks like a password: XML elements and attributes named like one\n")
                .append("  (Password, KeyPassword, keystorePass, a Property named ConnectionPassword), password=...\n")
                .append("  in properties, YAML, JSON and URLs (a JDBC URL's password parameter).\n")
                .append("- PEM private key blocks are removed. Key stores and key files (*.jks, *.p12, *.key, ...) are ")
                .append("never copied.\n");
        return sb.toString();
    }

    private static void title(StringBuilder sb, String title) {
        sb.append(title).append('\n').append("-".repeat(title.length())).append('\n');
    }
}
