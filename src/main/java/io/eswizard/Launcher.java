package io.eswizard;

import io.eswizard.cli.EsWizardCli;

/**
 * Entry point of the jar. Not an Application subclass, so that {@code java -jar} works with
 * JavaFX on the class path. No arguments opens the wizard, a single project file opens it in the
 * wizard (file-manager double click); anything else is the command line.
 */
public final class Launcher {

    private Launcher() {
    }

    static boolean isProjectFileToOpen(String[] args) {
        if (args.length != 1) {
            return false;
        }
        return EsWizardCli.namesProjectFile(args[0])
                && java.nio.file.Files.isRegularFile(java.nio.file.Path.of(args[0]));
    }

    public static void main(String[] args) {
        if (args.length == 0 || isProjectFileToOpen(args)) {
            io.eswizard.ui.WizardApp.launchApp(args);
            return;
        }
        System.exit(EsWizardCli.run(args));
    }
}
