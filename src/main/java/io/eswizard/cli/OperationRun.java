package io.eswizard.cli;

import io.eswizard.ansible.AnsibleNotFoundException;
import io.eswizard.ansible.AnsibleTools;
import io.eswizard.ansible.Operation;
import io.eswizard.ansible.PlaybookRun;
import io.eswizard.ansible.ProjectRuns;
import io.eswizard.ansible.RunBackups;
import io.eswizard.ansible.RunMode;
import io.eswizard.ansible.RunPlans;
import io.eswizard.ansible.RunSummary;
import io.eswizard.bundle.BundleException;
import io.eswizard.model.ClusterProject;
import io.eswizard.model.Secrets;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import picocli.CommandLine.Model.CommandSpec;

/**
 * What run, teardown and rollback share: open and check the project, find the passwords, start
 * the operation's playbook in a new run folder, print its progress and recap, and exit with
 * ansible-playbook's exit code.
 */
final class OperationRun {

    /** Decides the operation once the project and its runs are known; may refuse with a usage error. */
    @FunctionalInterface
    interface Choice {
        Operation of(ClusterProject project, ProjectRuns runs) throws IOException;
    }

    /** What a command prints once its run ended, from the run's folder; may change the exit code. */
    @FunctionalInterface
    interface After {
        int report(PrintWriter out, Path runFolder, RunSummary summary) throws IOException;
    }

    private OperationRun() {
    }

    /** Asks on the console whether to go ahead; off a console (scripts, CI) it goes ahead without asking. */
    static boolean goAhead(java.io.Console console) {
        if (console == null) {
            return true;
        }
        String answer = console.readLine("Go ahead? [y/N] ");
        return answer != null && answer.strip().toLowerCase(java.util.Locale.ROOT).startsWith("y");
    }

    /**
     * @param runDir where the run folders go; null for .esw-runs next to the project file
     * @param yes    start without asking, also on a console (off a console it never asks)
     */
    static int run(CommandSpec spec, Path file, Path runDir, AnsibleOptions ansible, boolean yes, Choice choice)
            throws IOException {
        return run(spec, file, runDir, ansible, yes, choice, false, (out, folder, summary) -> summary.exitCode());
    }

    /**
     * @param yes   start without asking, also on a console (off a console it never asks)
     * @param quiet without the playbook's progress: only the recap of a run that failed, and {@code after}'s report
     */
    static int run(CommandSpec spec, Path file, Path runDir, AnsibleOptions ansible, boolean yes, Choice choice,
                   boolean quiet, After after) throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ClusterProject p = ProjectArgs.openWithoutErrors(file, err, "running");
        AnsibleTools tools = ansible.tools();
        ProjectRuns runs = runDir == null ? ProjectRuns.forProjectFile(tools, file) : new ProjectRuns(tools, runDir);
        Operation operation;
        try {
            operation = choice.of(p, runs);
        } catch (IllegalArgumentException e) {
            throw CliException.usage(e.getMessage());
        }
        if (operation.mode() == RunMode.APPLY && !(operation instanceof Operation.ListBackups)) {
            // what the wizard's confirmation shows, before any password is asked for
            out.println(RunPlans.of(p, operation, runs.history()).text());
            out.flush();
            if (!yes && !goAhead(System.console())) {
                err.println(operation.title() + " not started: nothing was changed.");
                err.flush();
                return EsWizardCli.PROJECT_HAS_ERRORS;
            }
        }
        Secrets secrets = ansible.secrets(p, err);
        PlaybookRun run;
        try {
            if (!quiet) {
                out.println(operation.title() + " (" + operation.playbook() + "):");
                out.flush();
            }
            run = runs.start(p, secrets, operation, quiet ? io.eswizard.ansible.RunListener.NONE
                    : new RunCommand.TerminalProgress(out));
        } catch (AnsibleNotFoundException e) {
            err.println(e.getMessage());
            return RunCommand.ANSIBLE_NOT_FOUND;
        } catch (BundleException e) {
            throw CliException.usage(e.getMessage());
        }
        RunSummary summary = run.await();
        if (!quiet || summary.exitCode() != 0) {
            RunCommand.printRecap(out, summary, run.model());
            out.println("Log, events and summary: " + run.runFolder());
        }
        if (!summary.hostsToRetry().isEmpty() && operation instanceof Operation.Apply) {
            out.println("Retry the failed hosts: es-cluster-wizard run " + file + " --limit "
                    + String.join(",", summary.hostsToRetry()));
        }
        if (operation instanceof Operation.Apply && summary.mode() == RunMode.APPLY
                && !RunBackups.of(run.runFolder()).isEmpty()) {
            out.println("Undo its changes to files: es-cluster-wizard rollback " + file + " --run "
                    + run.runFolder().getFileName());
        }
        int code = summary.exitCode() == 0 ? after.report(out, run.runFolder(), summary) : summary.exitCode();
        out.flush();
        return code;
    }
}
