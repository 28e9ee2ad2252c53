package io.eswizard.ui;

import java.nio.file.Path;
import java.util.prefs.Preferences;
import javafx.util.Duration;

/**
 * What the shell depends on from outside, so tests can give it temporary places.
 *
 * @param preferences      where recent projects are kept
 * @param recoveryDir      where unsaved work is copied
 * @param fileDialogs      how files are asked for
 * @param offerRecovery    ask to restore a recovery copy at start
 * @param recoveryInterval how often unsaved work is copied
 */
public record WizardOptions(Preferences preferences, Path recoveryDir, FileDialogs fileDialogs,
                            boolean offerRecovery, Duration recoveryInterval) {

    /** How often the app copies unsaved work. */
    public static final Duration RECOVERY_INTERVAL = Duration.seconds(30);

    public static WizardOptions standard() {
        return new WizardOptions(Preferences.userNodeForPackage(WizardApp.class), RecoveryStore.defaultDirectory(),
                FileDialogs.native_(), true, RECOVERY_INTERVAL);
    }

    public WizardOptions withoutRecoveryOffer() {
        return new WizardOptions(preferences, recoveryDir, fileDialogs, false, recoveryInterval);
    }

    public WizardOptions withFileDialogs(FileDialogs dialogs) {
        return new WizardOptions(preferences, recoveryDir, dialogs, offerRecovery, recoveryInterval);
    }
}
