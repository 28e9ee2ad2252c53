package io.eswizard.cli;

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

@Command(name = "teardown", mixinStandardHelpOptions = true,
        description = "Removes the cluster from its machines (teardown.yml): stops the ES and Identity Server "
                + "servers and removes their services, the project's NGINX sites, certificate and key, the "
                + "host mappings and the application user's grants. ES_HOME, IS_HOME, the databases and every "
                + "backup copy stay. A second teardown changes nothing.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:removed", "1:project errors or Ansible error", "2:a host failed, or wrong usage",
                "4:a host was unreachable", "127:ansible-playbook not found"})
final class TeardownCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "the project file (.eswiz or .yaml)")
    Path file;

    @Option(names = "--confirm", paramLabel = "PROJECT-NAME", required = true,
            description = "the project's name, exactly as in the project file: says you mean this cluster")
    String confirm;

    @Option(names = "--drop-databases", description = "also drop the ES databases, with all their data (backed up "
            + "first, unless --no-backup)")
    boolean dropDatabases;

    @Option(names = "--remove-packages", description = "also remove the system packages the playbook installed "
            + "(MariaDB, NGINX, Python libraries); packages that were there before stay")
    boolean removePackages;

    @Option(names = "--no-backup", description = "with --drop-databases: do not back up the databases first")
    boolean noBackup;

    @Option(names = "--run-dir", paramLabel = "DIR",
            description = "where the timestamped run folders go (default: .esw-runs next to FILE)")
    Path runDir;

    @Mixin
    AnsibleOptions ansible = new AnsibleOptions();

    @Override
    public Integer call() throws IOException {
        return OperationRun.run(spec, file, runDir, ansible, true, (p, runs) -> {
            if (!Operation.Teardown.confirms(confirm, p.name())) {
                throw new IllegalArgumentException("--confirm " + confirm + " is not the project's name '" + p.name()
                        + "'; type the name of the cluster you mean to remove.");
            }
            return new Operation.Teardown(dropDatabases, removePackages, !noBackup);
        });
    }
}
