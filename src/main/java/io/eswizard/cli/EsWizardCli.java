package io.eswizard.cli;

import io.eswizard.ansible.LeftoverSecrets;
import io.eswizard.generate.BuildInfo;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The command line: the same core as the wizard, for scripts and CI. */
@Command(name = "es-cluster-wizard",
        mixinStandardHelpOptions = true,
        versionProvider = EsWizardCli.Version.class,
        description = "Sets up a clustered WSO2 Enterprise Store 2.1.0 with the bundled Ansible playbook.%n"
                + "Without arguments the wizard window opens.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:fine", "1:the project has errors", "2:unreadable file or wrong usage"},
        subcommands = {CommandLine.HelpCommand.class, InitCommand.class, ValidateCommand.class,
                ShowCommand.class, ExportCommand.class, PreflightCommand.class, RunCommand.class,
                VerifyCommand.class, TeardownCommand.class, RollbackCommand.class, BackupCommand.class,
                BackupsCommand.class, RestoreCommand.class,
                DiagnoseCommand.class})
public final class EsWizardCli {

    /** Exit codes shared by every command. */
    public static final int OK = 0;
    public static final int PROJECT_HAS_ERRORS = 1;
    public static final int USAGE_OR_UNREADABLE = 2;

    /** Whether a name ends as a project file's does: the launcher opens such a file in the window. */
    public static boolean namesProjectFile(String fileName) {
        return io.eswizard.project.ProjectFiles.hasProjectExtension(fileName);
    }

    public static int run(String... args) {
        return run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args);
    }

    /** Runs with the given streams (tests capture them). */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        LeftoverSecrets.remove();
        CommandLine cl = new CommandLine(new EsWizardCli());
        cl.setOut(out);
        cl.setErr(err);
        cl.setExitCodeExceptionMapper(e -> USAGE_OR_UNREADABLE);
        cl.getCommandSpec().exitCodeOnInvalidInput(USAGE_OR_UNREADABLE);
        cl.setExecutionExceptionHandler(EsWizardCli::reportFailure);
        try {
            return cl.execute(args);
        } finally {
            out.flush();
            err.flush();
        }
    }

    /** One line on stderr, never a stack trace. */
    private static int reportFailure(Exception e, CommandLine cmd, CommandLine.ParseResult parsed) {
        PrintWriter err = cmd.getErr();
        if (e instanceof CliException c) {
            err.println("es-cluster-wizard " + cmd.getCommandName() + ": " + c.getMessage());
            return c.exitCode();
        }
        String what = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        err.println("es-cluster-wizard " + cmd.getCommandName() + ": failed: " + what);
        return USAGE_OR_UNREADABLE;
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"ES Cluster Wizard " + BuildInfo.version()};
        }
    }
}
