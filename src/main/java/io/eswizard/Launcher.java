package io.eswizard;

import io.eswizard.cli.EsWizardCli;

/**
 * Entry point of the jar. Not an Application subclass, so that {@code java -jar} works with
 * JavaFX on the class path. No arguments opens the wizard; anything else is the command line.
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        if (args.length == 0) {
            io.eswizard.ui.WizardApp.launchApp(args);
            return;
        }
        System.exit(EsWizardCli.run(args));
    }
}
