package io.eswizard.cli;

import io.eswizard.ansible.HostRecap;
import io.eswizard.ansible.Operation;
import io.eswizard.ansible.RunEvent;
import io.eswizard.ansible.RunListener;
import io.eswizard.ansible.RunMode;
import io.eswizard.ansible.RunModel;
import io.eswizard.ansible.RunSummary;
import io.eswizard.ansible.TaskResult;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Runs the bundled playbook for the project, printing progress, and exits with "
                + "ansible-playbook's exit code (127 when it is not installed).",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:all hosts fine", "1:project errors or Ansible error", "2:a host failed",
                "4:a host was unreachable", "127:ansible-playbook not found"})
final class RunCommand implements Callable<Integer> {

    /** Like a shell: the command to run was not found. */
    static final int ANSIBLE_NOT_FOUND = 127;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "the project file (.eswiz or .yaml)")
    Path file;

    @Option(names = "--check", description = "dry run: ansible-playbook --check --diff; shows each file's diff")
    boolean check;

    @Option(names = "--limit", paramLabel = "HOSTS", split = ",",
            description = "only these inventory hosts, comma separated (e.g. the failed ones of the last run)")
    List<String> limit = List.of();

    @Option(names = "--no-backup", description = "when the run changes the datasources (database machine, port, "
            + "user or names): do not back up the databases first")
    boolean noBackup;

    @Option(names = "--run-dir", paramLabel = "DIR",
            description = "where the timestamped run folders go (default: .esw-runs next to FILE)")
    Path runDir;

    @Option(names = {"-y", "--yes"}, description = "start without asking, also on a terminal (off a terminal it "
            + "never asks)")
    boolean yes;

    @Mixin
    AnsibleOptions ansible = new AnsibleOptions();

    @Option(names = "--rolling-restart", description = "restart every ES node, one at a time, each answering and "
            + "back in the cluster before the next (rolling_restart.yml); never all publishers or all stores down")
    boolean rollingRestart;

    @Override
    public Integer call() throws IOException {
        if (rollingRestart && (check || !limit.isEmpty())) {
            throw CliException.usage("--rolling-restart restarts every node; it takes neither --check nor --limit");
        }
        return OperationRun.run(spec, file, runDir, ansible, yes, (p, runs) -> rollingRestart
                ? new Operation.RollingRestart()
                : new Operation.Apply(check ? RunMode.CHECK : RunMode.APPLY, limit, !noBackup));
    }

    /** Prints each rendered line as it comes, with "[done/planned]" before each task. */
    static final class TerminalProgress implements RunListener {
        private final PrintWriter out;
        private volatile String taskPrefix = "";

        TerminalProgress(PrintWriter out) {
            this.out = out;
        }

        @Override
        public void onEvent(RunEvent event, RunModel model) {
            if (event instanceof RunEvent.TaskStarted) {
                var p = model.progress();
                taskPrefix = p.tasksPlanned() > 0 ? "[" + (p.tasksDone() + 1) + "/" + p.tasksPlanned() + "] " : "";
            }
        }

        @Override
        public void onLine(String line) {
            boolean task = line.startsWith("TASK [") || line.startsWith("RUNNING HANDLER [");
            out.println(task ? taskPrefix + line : line);
            if (task) {
                // Keep a watching terminal current without flushing every host line.
                out.flush();
            }
        }
    }

    static void printRecap(PrintWriter out, RunSummary s, RunModel model) {
        out.println();
        List<TaskResult> failures = model.failures();
        if (!failures.isEmpty()) {
            out.println("Failures:");
            for (TaskResult f : failures) {
                out.println("  " + f.host() + " - " + f.task() + ":");
                Arrays.stream(f.error().split("\n")).forEach(l -> out.println("      " + l));
            }
            if (model.failuresNotKept() > 0) {
                out.printf("  … and %,d more, in the log (%s)%n", model.failuresNotKept(), RunSummary.LOG_FILE);
            }
            out.println();
        }
        if (!s.recap().isEmpty()) {
            int w = Math.max(4, s.recap().keySet().stream().mapToInt(String::length).max().orElse(4));
            String fmt = "%-" + w + "s  %-11s %4s %8s %12s %7s %8s%n";
            out.printf(fmt, "HOST", "STATE", "OK", "CHANGED", "UNREACHABLE", "FAILED", "SKIPPED");
            for (HostRecap h : s.recap().values()) {
                out.printf(fmt, h.host(), h.state().name().toLowerCase(java.util.Locale.ROOT), h.ok(), h.changed(),
                        h.unreachable(), h.failures(), h.skipped());
            }
        }
        out.println(s.outcome() + ": " + s.message() + (s.mode() == RunMode.CHECK ? " (dry run: nothing was changed)"
                : ""));
    }
}
