package io.eswizard.cli;

import io.eswizard.ansible.BackupIds;
import io.eswizard.ansible.Operation;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "restore", mixinStandardHelpOptions = true,
        description = "Puts the ES databases back as a backup holds them (restore.yml): checks each dump's "
                + "sha256 against the backup's manifest before anything stops, stops every ES node, loads the "
                + "dumps (each drops and re-creates its database), and starts the nodes one at a time, each "
                + "answering before the next. Whatever the databases gained since the backup is gone.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:restored", "1:project errors or Ansible error", "2:a host failed, or wrong usage",
                "4:a host was unreachable", "127:ansible-playbook not found"})
final class RestoreCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "the project file (.eswiz or .yaml)")
    Path file;

    @Option(names = "--backup", paramLabel = "ID", required = true,
            description = "the backup to put back, e.g. 20260301-101500 (the backups command lists them)")
    String backupId;

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
        if (!BackupIds.isValid(backupId)) {
            throw CliException.usage("--backup: " + BackupIds.problem(backupId));
        }
        return OperationRun.run(spec, file, runDir, ansible, yes, (p, runs) -> new Operation.Restore(backupId));
    }
}
