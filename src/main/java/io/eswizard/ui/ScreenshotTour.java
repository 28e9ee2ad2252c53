package io.eswizard.ui;

import io.eswizard.model.field.Page;
import java.nio.file.Path;
import javafx.application.Platform;

/**
 * Dev switch {@code -Desw.screenshotTour=DIR}: in the real window (under Xvfb), creates the sandbox
 * ({@code esw.tourEsZip}, {@code esw.tourIsZip}, {@code esw.tourFolder}), screenshots every page in the
 * light theme, a page that refuses Next, the sandbox and passwords dialogs, then a few pages in the dark
 * theme. {@code -Desw.tourProject=FILE} tours a run instead ({@link RunScreenshotTour}).
 */
final class ScreenshotTour extends Thread {

    private final MainWindow window;
    private final TourCamera camera;

    ScreenshotTour(MainWindow window, Path directory) {
        super("screenshot-tour");
        setDaemon(true);
        this.window = window;
        this.camera = new TourCamera(window, directory);
    }

    @Override
    public void run() {
        try {
            camera.fillScreen();
            TourCamera.onFx(() -> window.chooseTheme(Theme.LIGHT));
            camera.shoot(1, "start");
            SandboxChoice choice = new SandboxChoice(System.getProperty("esw.tourEsZip", ""),
                    System.getProperty("esw.tourIsZip", ""), System.getProperty("esw.tourFolder",
                    Path.of(System.getProperty("java.io.tmpdir"), "esw-tour-sandbox").toString()));
            TourCamera.onFx(() -> window.newLocalSandbox(choice));
            TourCamera.waitFor(20, () -> window.state().fileProperty().get() != null);
            int steps = window.steps().size();
            for (int i = 1; i < steps; i++) {
                int index = i;
                TourCamera.onFx(() -> window.showPage(index));
                camera.shoot(i + 1, window.steps().get(i).id());
            }
            TourCamera.onFx(() -> {
                window.newProject();
                window.showPage(Page.NODES);
                window.tryNext();
            });
            camera.shoot(steps + 1, "nodes-with-errors");
            dialogs(steps + 2, choice);
            TourCamera.onFx(() -> window.chooseTheme(Theme.DARK));
            int n = steps + 5;
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

    /**
     * The sandbox dialog; Run on an unsaved project (it offers to save first); Run on the saved sandbox
     * (it asks for the passwords).
     */
    private void dialogs(int number, SandboxChoice choice) throws Exception {
        TourCamera.onFx(() -> window.showPage(Page.START));
        TourCamera.startOnFx(window::newLocalSandbox);
        TourCamera.waitFor(10, () -> TourCamera.dialog("sandbox-dialog") != null);
        camera.shoot(number, "sandbox-dialog");
        TourCamera.cancel("sandbox-dialog");
        TourCamera.onFx(() -> window.showPage(Page.RUN));
        pressRun();
        if (TourCamera.waitFor(10, () -> TourCamera.dialog(null) != null)) {
            camera.shoot(number + 1, "run-save-first");
            TourCamera.cancel(null);
        }
        TourCamera.onFx(() -> window.newLocalSandbox(choice));
        TourCamera.waitFor(20, () -> window.state().fileProperty().get() != null);
        TourCamera.onFx(() -> window.showPage(Page.RUN));
        pressRun();
        if (TourCamera.waitFor(10, () -> TourCamera.dialog("passwords-dialog") != null)) {
            camera.shoot(number + 2, "run-passwords");
            TourCamera.cancel("passwords-dialog");
        }
    }

    private void pressRun() {
        TourCamera.startOnFx(() -> ((javafx.scene.control.Button) window.stage().getScene().lookup("#runButton"))
                .fire());
    }
}
