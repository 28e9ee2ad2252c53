package io.eswizard.cli;

import io.eswizard.ansible.BackupIds;
import io.eswizard.ansible.BackupManifest;
import io.eswizard.ansible.FetchedBackups;
import io.eswizard.ansible.Operation;
import io.eswizard.ansible.RunManifests;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "backup", mixinStandardHelpOptions = true,
        description = "Backs up the ES databases on the database machine (backup.yml): one consistent dump per "
                + "database (mysqldump --single-transaction, as the playbook's admin login, never a password on a "
                + "command line) in a folder of its own under /var/backups/es-cluster-wizard, root's alone, with a "
                + "manifest of each dump's size and sha256. Only the newest --keep backups stay.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:backed up", "1:project errors or Ansible error", "2:a host failed, or wrong usage",
                "4:a host was unreachable", "127:ansible-playbook not found"})
final class BackupCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "the project file (.eswiz or .yaml)")
    Path file;

    @Option(names = "--keep", paramLabel = "N", defaultValue = "" + BackupIds.DEFAULT_KEEP,
            description = "how many backups stay on the database machine (and in --fetch DIR): the newest; "
                    + "default ${DEFAULT-VALUE}")
    int keep;

    @Option(names = "--fetch", paramLabel = "DIR",
            description = "also copy the backup to DIR/ID on this machine (folders 0700, files 0600)")
    Path fetch;

    @Option(names = "--reason", paramLabel = "TEXT", defaultValue = "asked for",
            description = "why, kept in the manifest (default: ${DEFAULT-VALUE})")
    String reason;

    @Option(names = "--list", description = "list the backups instead, as the backups command does")
    boolean list;

    @Option(names = "--run-dir", paramLabel = "DIR",
            description = "where the timestamped run folders go (default: .esw-runs next to FILE)")
    Path runDir;

    @Mixin
    AnsibleOptions ansible = new AnsibleOptions();

    @Override
    public Integer call() throws IOException {
        if (list) {
            if (fetch != null) {
                throw CliException.usage("--list lists the backups; it takes no --fetch");
            }
            return BackupsCommand.list(spec, file, runDir, ansible);
        }
        try {
            BackupIds.requireKeep(keep);
        } catch (IllegalArgumentException e) {
            throw CliException.usage(e.getMessage());
        }
        if (reason.isBlank() || reason.contains("\n")) {
            throw CliException.usage("--reason is one line of text");
        }
        String id = BackupIds.now(Clock.systemUTC());
        Path fetchDir = fetch == null ? null : fetch.toAbsolutePath().normalize();
        if (fetchDir != null) {
            FetchedBackups.prepare(fetchDir, id);
        }
        return OperationRun.run(spec, file, runDir, ansible, true,
                (p, runs) -> new Operation.Backup(id, reason, keep, fetchDir == null ? "" : fetchDir.toString()),
                false, (out, folder, summary) -> report(out, folder, id, fetchDir));
    }

    private int report(PrintWriter out, Path runFolder, String id, Path fetchDir) throws IOException {
        List<BackupManifest> made = RunManifests.of(runFolder).stream().filter(m -> m.id().equals(id)).toList();
        if (made.isEmpty()) {
            out.println("No backup: the database server holds none of the project's databases.");
            return EsWizardCli.OK;
        }
        BackupManifest m = made.get(0);
        out.println("Backup " + m.id() + ": " + String.join(", ", m.databaseNames()) + ", " + m.sizeText());
        if (fetchDir != null) {
            FetchedBackups.finish(fetchDir, id, keep);
            out.println("Copy: " + fetchDir.resolve(id));
        }
        out.println("Restore it: es-cluster-wizard restore " + file + " --backup " + m.id());
        return EsWizardCli.OK;
    }
}
