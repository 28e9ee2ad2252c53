package io.eswizard.cli;

import io.eswizard.ansible.BackupManifest;
import io.eswizard.ansible.Operation;
import io.eswizard.ansible.RunManifests;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "backups", mixinStandardHelpOptions = true,
        description = "Lists the database backups on the database machine (backups.yml), oldest first: "
                + "id, time (UTC), size and reason. Changes nothing.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:listed", "1:project errors or Ansible error", "2:a host failed, or wrong usage",
                "4:a host was unreachable", "127:ansible-playbook not found"})
final class BackupsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "the project file (.eswiz or .yaml)")
    Path file;

    @Option(names = "--run-dir", paramLabel = "DIR",
            description = "where the timestamped run folders go (default: .esw-runs next to FILE)")
    Path runDir;

    @Mixin
    AnsibleOptions ansible = new AnsibleOptions();

    @Override
    public Integer call() throws IOException {
        return list(spec, file, runDir, ansible);
    }

    static int list(CommandSpec spec, Path file, Path runDir, AnsibleOptions ansible) throws IOException {
        return OperationRun.run(spec, file, runDir, ansible, true, (p, runs) -> new Operation.ListBackups(), true,
                (out, folder, summary) -> {
                    print(out, RunManifests.of(folder));
                    return EsWizardCli.OK;
                });
    }

    /** One line per backup: id, time, size, databases, reason. */
    static void print(PrintWriter out, List<BackupManifest> backups) {
        if (backups.isEmpty()) {
            out.println("No backups yet (es-cluster-wizard backup FILE makes one).");
            return;
        }
        String fmt = "%-15s  %-20s  %8s  %s%n";
        out.printf(fmt, "ID", "TIME (UTC)", "SIZE", "REASON");
        for (BackupManifest b : backups) {
            out.printf(fmt, b.id(), b.time(), b.sizeText(), b.reason().isEmpty() ? "-" : b.reason());
        }
    }
}
