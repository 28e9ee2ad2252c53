package io.eswizard.cli;

import io.eswizard.ansible.RollbackPlan;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "rollback", mixinStandardHelpOptions = true,
        description = "Undoes a past run (rollback.yml): puts back, byte for byte, every file it changed from the "
                + "backup copies it made, and restarts what reads them: the ES nodes one at a time, the Identity "
                + "Server, NGINX and MariaDB. The rollback is a run of its own, and can be rolled back in turn.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:rolled back", "1:project errors or Ansible error", "2:a host failed, or wrong usage",
                "4:a host was unreachable", "127:ansible-playbook not found"})
final class RollbackCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "the project file (.eswiz or .yaml)")
    Path file;

    @Option(names = "--run", paramLabel = "RUN-ID", required = true,
            description = "the run to undo: its folder's name in .esw-runs (e.g. 20260301-101500-123)")
    String runId;

    @Option(names = "--no-backup", description = "do not back up the databases first")
    boolean noBackup;

    @Option(names = "--run-dir", paramLabel = "DIR",
            description = "where the timestamped run folders go (default: .esw-runs next to FILE)")
    Path runDir;

    @Option(names = {"-y", "--yes"}, description = "start without asking, also on a terminal (off a terminal it "
            + "never asks)")
    boolean yes;

    @Mixin
    AnsibleOptions ansible = new AnsibleOptions();

    @Override
    public Integer call() throws IOException {
        return OperationRun.run(spec, file, runDir, ansible, yes, (p, runs) -> RollbackPlan.of(runs.history(), runId, p)
                .withBackupFirst(!noBackup));
    }
}
