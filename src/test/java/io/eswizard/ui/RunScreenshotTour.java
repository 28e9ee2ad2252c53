package io.eswizard.ui;

import io.eswizard.ansible.RunMode;
import io.eswizard.model.Secrets;
import io.eswizard.model.field.Page;
import io.eswizard.project.SecretsSource;
import io.eswizard.ui.pages.run.RunPage;
import io.eswizard.ui.pages.verify.VerifyPage;
import java.nio.file.Path;
import javafx.application.Platform;
import javafx.stage.Stage;

/**
 * Screenshots of a run for the docs, in the real window: opens the saved project {@code esw.tourProject}
 * with the passwords of {@code esw.tourSecrets} and screenshots the Run page before a run, after a dry run
 * and its changes, the Verify step after the run and the Run page after it (light, then dark), into
 * {@code esw.tourDir}. With {@code esw.tourVerifyOnly=NAME} it only verifies and writes {@code NN-NAME.png}
 * ({@code esw.tourNumber}). A {@link WindowDriver} ({@code -Desw.driver=io.eswizard.ui.RunScreenshotTour});
 * {@code io.eswizard.e2e.ScreenshotSandbox} starts it on a real sandbox.
 */
public final class RunScreenshotTour implements WindowDriver {

    /** Long enough for a first run of a 3+3 sandbox on two busy cores. */
    private static final long RUN_SECONDS = 900;

    private MainWindow window;
    private Stage stage;
    private TourCamera camera;

    @Override
    public void drive(Stage stage, MainWindow window) {
        this.stage = stage;
        this.window = window;
        this.camera = new TourCamera(stage, Path.of(System.getProperty("esw.tourDir", "packaging/screenshots")));
        Path project = Path.of(System.getProperty("esw.tourProject"));
        Path secretsFile = Path.of(System.getProperty("esw.tourSecrets", "secrets.yaml"));
        Thread tour = new Thread(() -> tour(project, secretsFile), "run-screenshot-tour");
        tour.setDaemon(true);
        tour.start();
    }

    private void tour(Path project, Path secretsFile) {
        try {
            camera.fillScreen();
            Secrets secrets = SecretsSource.fromFile(secretsFile);
            TourCamera.onFx(() -> window.chooseTheme(Theme.LIGHT));
            TourCamera.onFx(() -> window.open(project));
            TourCamera.waitFor(20, () -> project.equals(window.state().fileProperty().get()));
            TourCamera.onFx(() -> {
                window.state().secretsProperty().set(secrets);
                window.state().sudoAnsweredProperty().set(true);
            });
            String verifyOnly = System.getProperty("esw.tourVerifyOnly");
            if (verifyOnly != null) {
                verify(Integer.getInteger("esw.tourNumber", 30), verifyOnly);
            } else {
                runAndVerify();
            }
        } catch (Exception e) {
            e.printStackTrace();
        } finally {
            Platform.runLater(Platform::exit);
        }
    }

    private RunPage runPage() {
        return (RunPage) window.page(window.navigation().indexOf(Page.RUN));
    }

    private VerifyPage verifyPage() {
        return (VerifyPage) window.page(window.navigation().indexOf(Page.VERIFY));
    }

    private void runAndVerify() throws Exception {
        TourCamera.onFx(() -> window.showPage(Page.RUN));
        camera.shoot(20, "run-before");
        TourCamera.onFx(() -> runPage().viewModel().run(RunMode.CHECK));
        awaitRun();
        camera.shoot(21, "run-dry-run");
        TourCamera.onFx(() -> stage.getScene().lookup("#diffsButton").fireEvent(new javafx.event.ActionEvent()));
        camera.shoot(22, "run-dry-run-changes");
        TourCamera.closeOtherWindows(stage);
        TourCamera.onFx(() -> runPage().viewModel().run(RunMode.APPLY));
        awaitRun();
        // a successful run goes on to Verify by itself
        TourCamera.waitFor(60, () -> window.navigation().current() == window.navigation().indexOf(Page.VERIFY)
                && !verifyPage().viewModel().runningProperty().get()
                && verifyPage().viewModel().reportProperty().get() != null);
        camera.shoot(23, "verify-healthy");
        TourCamera.onFx(() -> window.showPage(Page.RUN));
        camera.shoot(24, "run-after");
        TourCamera.onFx(() -> window.chooseTheme(Theme.DARK));
        camera.shoot(25, "run-after-dark");
        TourCamera.onFx(() -> window.showPage(Page.VERIFY));
        camera.shoot(26, "verify-healthy-dark");
        TourCamera.onFx(() -> window.chooseTheme(Theme.LIGHT));
    }

    private void verify(int number, String name) throws Exception {
        TourCamera.onFx(() -> {
            window.showPage(Page.VERIFY);
            verifyPage().verifyNow();
        });
        TourCamera.waitFor(RUN_SECONDS, () -> !verifyPage().viewModel().runningProperty().get()
                && verifyPage().viewModel().reportProperty().get() != null);
        camera.shoot(number, name);
    }

    private void awaitRun() throws InterruptedException {
        TourCamera.waitFor(5, () -> runPage().viewModel().runningProperty().get());
        TourCamera.waitFor(RUN_SECONDS, () -> !runPage().viewModel().busyProperty().get());
    }
}
