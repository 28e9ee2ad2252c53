package io.eswizard.ui;

import io.eswizard.model.field.Page;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * Screenshots of the wizard for the docs, in the real window (under Xvfb): every page of a sandbox
 * project in the light theme, a page that refuses Next, the sandbox and passwords dialogs, then a few
 * pages in the dark theme; writes {@code NN-page.png} to {@code esw.tourDir}. The sandbox is made from
 * {@code esw.tourEsZip}, {@code esw.tourIsZip} and {@code esw.tourFolder}. A {@link WindowDriver}, started by
 * {@code -Desw.driver=io.eswizard.ui.ScreenshotTour}; docs/testing.md has the command.
 */
public final class ScreenshotTour implements WindowDriver {

    /** What "Try it on this machine" gets next; null shows the real dialog. */
    private final AtomicReference<SandboxChoice> sandboxAnswer = new AtomicReference<>();

    @Override
    public WizardOptions options(WizardOptions standard) {
        FileDialogs real = standard.fileDialogs();
        return WindowDriver.super.options(standard).withFileDialogs(new FileDialogs() {
            @Override
            public Optional<Path> projectToOpen(Window owner) {
                return real.projectToOpen(owner);
            }

            @Override
            public Optional<Path> projectToSave(Window owner, String suggestedName) {
                return real.projectToSave(owner, suggestedName);
            }

            @Override
            public Optional<Path> exportTarget(Window owner, String suggestedName, boolean zip) {
                return real.exportTarget(owner, suggestedName, zip);
            }

            @Override
            public Optional<SandboxChoice> sandbox(Window owner, SandboxChoice remembered) {
                SandboxChoice answer = sandboxAnswer.getAndSet(null);
                return answer != null ? Optional.of(answer) : real.sandbox(owner, remembered);
            }
        });
    }

    @Override
    public void drive(Stage stage, MainWindow window) {
        Path directory = Path.of(System.getProperty("esw.tourDir", "packaging/screenshots"));
        Thread tour = new Thread(() -> tour(stage, window, new TourCamera(stage, directory)), "screenshot-tour");
        tour.setDaemon(true);
        tour.start();
    }

    private void tour(Stage stage, MainWindow window, TourCamera camera) {
        try {
            camera.fillScreen();
            TourCamera.onFx(() -> window.chooseTheme(Theme.LIGHT));
            camera.shoot(1, "start");
            SandboxChoice choice = new SandboxChoice(System.getProperty("esw.tourEsZip", ""),
                    System.getProperty("esw.tourIsZip", ""), System.getProperty("esw.tourFolder",
                    Path.of(System.getProperty("java.io.tmpdir"), "esw-tour-sandbox").toString()));
            makeSandbox(window, choice);
            List<WizardStep> steps = WizardSteps.all();
            for (int i = 1; i < steps.size(); i++) {
                int index = i;
                TourCamera.onFx(() -> window.showPage(index));
                camera.shoot(i + 1, steps.get(i).id());
            }
            TourCamera.onFx(() -> {
                window.newProject();
                window.showPage(Page.NODES);
                window.tryNext();
            });
            camera.shoot(steps.size() + 1, "nodes-with-errors");
            dialogs(stage, window, camera, steps.size() + 2, choice);
            TourCamera.onFx(() -> window.chooseTheme(Theme.DARK));
            int n = steps.size() + 5;
            for (Page page : new Page[] {Page.START, Page.NODES, Page.REVIEW, Page.RUN}) {
                TourCamera.onFx(() -> window.showPage(page));
                camera.shoot(n++, page.id() + "-dark");
            }
            TourCamera.onFx(() -> window.chooseTheme(Theme.LIGHT));
        } catch (Exception e) {
            e.printStackTrace();
        } finally {
            Platform.runLater(Platform::exit);
        }
    }

    /** "Try it on this machine" answered with the choice, as if typed into its dialog. */
    private void makeSandbox(MainWindow window, SandboxChoice choice) throws InterruptedException {
        sandboxAnswer.set(choice);
        TourCamera.onFx(window::newLocalSandbox);
        TourCamera.waitFor(20, () -> choice.projectFile().equals(window.state().fileProperty().get()));
    }

    /**
     * The sandbox dialog; Run on an unsaved project (it offers to save first); Run on the saved sandbox
     * (it asks for the passwords).
     */
    private void dialogs(Stage stage, MainWindow window, TourCamera camera, int number, SandboxChoice choice)
            throws Exception {
        TourCamera.onFx(() -> window.showPage(Page.START));
        TourCamera.startOnFx(window::newLocalSandbox);
        TourCamera.waitFor(10, () -> TourCamera.dialog("sandbox-dialog") != null);
        camera.shoot(number, "sandbox-dialog");
        TourCamera.cancel("sandbox-dialog");
        TourCamera.onFx(() -> window.showPage(Page.RUN));
        pressRun(stage);
        if (TourCamera.waitFor(10, () -> TourCamera.dialog(null) != null)) {
            camera.shoot(number + 1, "run-save-first");
            TourCamera.cancel(null);
        }
        makeSandbox(window, choice);
        TourCamera.onFx(() -> window.showPage(Page.RUN));
        pressRun(stage);
        if (TourCamera.waitFor(10, () -> TourCamera.dialog("passwords-dialog") != null)) {
            camera.shoot(number + 2, "run-passwords");
            TourCamera.cancel("passwords-dialog");
        }
    }

    private static void pressRun(Stage stage) {
        TourCamera.startOnFx(() -> ((javafx.scene.control.Button) stage.getScene().lookup("#runButton")).fire());
    }
}
