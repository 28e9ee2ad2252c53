package io.eswizard.cli;

import io.eswizard.bundle.BuildInfo;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The command line: the same core as the wizard, for scripts and CI. */
@Command(name = "es-cluster-wizard",
        mixinStandardHelpOptions = true,
        versionProvider = EsWizardCli.Version.class,
        description = "Sets up a clustered WSO2 Enterprise Store 2.1.0 with the bundled Ansible playbook.%n"
                + "Without arguments the wizard window opens.",
        subcommands = {CommandLine.HelpCommand.class})
public final class EsWizardCli {

    /** Exit codes shared by every command. */
    public static final int OK = 0;
    public static final int PROJECT_HAS_ERRORS = 1;
    public static final int USAGE_OR_UNREADABLE = 2;

    public static int run(String... args) {
        CommandLine cl = new CommandLine(new EsWizardCli());
        cl.setExitCodeExceptionMapper(e -> USAGE_OR_UNREADABLE);
        cl.getCommandSpec().exitCodeOnInvalidInput(USAGE_OR_UNREADABLE);
        return cl.execute(args);
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"ES Cluster Wizard " + BuildInfo.version()};
        }
    }
}
