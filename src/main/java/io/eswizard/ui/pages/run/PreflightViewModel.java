package io.eswizard.ui.pages.run;

import io.eswizard.ansible.PreflightCheck;
import io.eswizard.ansible.PreflightReport;
import io.eswizard.ansible.ProjectRuns;
import io.eswizard.bundle.BundleException;
import io.eswizard.model.ClusterProject;
import io.eswizard.model.Secrets;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/** The preflight: can Ansible reach every machine and do what the playbook needs there. */
public final class PreflightViewModel {

    private final RunContext context;
    private final RunConsole console;
    private final Consumer<PreflightReport> findings;

    /** @param findings shows a finished preflight's findings on the page (on the UI thread) */
    PreflightViewModel(RunContext context, RunConsole console, Consumer<PreflightReport> findings) {
        this.context = context;
        this.console = console;
        this.findings = findings;
    }

    /** Checks Ansible and every host off the UI thread; the checks go to the log, the outcome to the status. */
    public void run() {
        RunReadiness.Blocker blocker = RunReadiness.check(context, RunReadiness.Action.PREFLIGHT);
        Optional<ProjectRuns> runs = context.runs();
        if (!(blocker instanceof RunReadiness.Ready) || runs.isEmpty()) {
            console.status().set(blocker.message());
            return;
        }
        ClusterProject p = context.project().get();
        Secrets secrets = context.secrets().get();
        console.busy().set(true);
        console.status().set("Preflight: checking Ansible and every host…");
        context.background().execute(() -> {
            String summary;
            List<String> lines = new ArrayList<>();
            PreflightReport found = null;
            try {
                found = runs.get().preflight(p, secrets, List.of());
                lines.addAll(lines(found));
                summary = found.outcome();
            } catch (IOException | BundleException | RuntimeException e) {
                summary = "Preflight could not run: " + RunContext.why(e);
            }
            String done = summary;
            PreflightReport report = found;
            context.uiThread().accept(() -> {
                console.append(lines);
                if (report != null) {
                    findings.accept(report);
                }
                console.status().set(done);
                console.busy().set(false);
            });
        });
    }

    /** One line per check, and what to do under each failed one. */
    static List<String> lines(PreflightReport report) {
        List<String> lines = new ArrayList<>();
        lines.add("PREFLIGHT");
        for (PreflightCheck c : report.checks()) {
            lines.add(String.format("  %-4s %-16s %-20s %s", c.ok() ? "ok" : "FAIL", c.host(), c.check(),
                    c.detail().replace('\n', ' ')));
            if (!c.ok()) {
                lines.add("       what to do: " + c.remedy());
            }
        }
        return lines;
    }
}
