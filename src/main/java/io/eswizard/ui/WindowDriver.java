package io.eswizard.ui;

import javafx.stage.Stage;

/**
 * Drives the wizard window in place of a person: the screenshot tours and the start-up probe, which
 * live in the test tree, not in the product. {@code -Desw.driver=CLASS} names one, a public class with
 * a public no-argument constructor; {@code -Desw.driverPath=PATH} (folders or jars) is where to find it
 * when the launcher's class path does not hold it ({@link WindowDrivers}).
 */
public interface WindowDriver {

    /** The options the window opens with, given the standard ones: by default without the recovery offer. */
    default WizardOptions options(WizardOptions standard) {
        return standard.withoutRecoveryOffer();
    }

    /** Starts driving; called on the FX thread once the window is on screen. */
    void drive(Stage stage, MainWindow window);
}
