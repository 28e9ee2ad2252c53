package io.eswizard.ui;

import java.nio.file.Path;
import java.util.prefs.Preferences;

/**
 * What the shell depends on from outside, so tests can give it temporary places.
 *
 * @param preferences   where recent projects are kept
 * @param recoveryDir   where unsaved work is copied
 * @param fileDialogs   how files are asked for
 * @param offerRecovery ask to restore a recovery copy at start
 */
public record WizardOptions(Preferences preferences, Path recoveryDir, FileDialogs fileDialogs,
                            boolean offerRecovery) {

    public static WizardOptions standard() {
        return new WizardOptions(Preferences.userNodeForPackage(WizardApp.class), RecoveryStore.defaultDirectory(),
                FileDialogs.native_(), true);
    }
}
