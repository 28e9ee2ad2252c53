package io.eswizard.ui;

import io.eswizard.model.ClusterProject;
import io.eswizard.model.ProjectDefaults;
import io.eswizard.model.Secrets;
import io.eswizard.model.field.Page;
import io.eswizard.project.ProjectFiles;
import io.eswizard.ui.pages.run.RunPage;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.stage.Stage;

/**
 * Screenshots of Run asking first, in the real window, with the fake {@code ansible-playbook} of
 * {@code src/test/resources/fake-ansible/tour.sh} first on the PATH: an unsaved change offered to be saved,
 * the run's plan with the preflight warning, the preflight's findings on the page, and a failed run's
 * failures in plain words (one opened). Writes {@code 40-…} to {@code 45-…} into {@code esw.tourDir}; the
 * project goes to {@code esw.tourFolder}. A {@link WindowDriver} ({@code -Desw.driver=io.eswizard.ui.RunAsksTour}).
 */
public final class RunAsksTour implements WindowDriver {

    private MainWindow window;
    private Stage stage;
    private TourCamera camera;

    @Override
    public void drive(Stage stage, MainWindow window) {
        this.stage = stage;
        this.window = window;
        this.camera = new TourCamera(stage, Path.of(System.getProperty("esw.tourDir", "packaging/screenshots")));
        Thread tour = new Thread(this::tour, "run-asks-tour");
        tour.setDaemon(true);
        tour.start();
    }

    private void tour() {
        try {
            camera.fillScreen();
            Path folder = Files.createDirectories(Path.of(System.getProperty("esw.tourFolder",
                    System.getProperty("java.io.tmpdir") + "/esw-asks-tour")));
            Path project = folder.resolve("shop.eswiz");
            ClusterProject p = ProjectDefaults.localSandbox("New cluster", 2, 2, folder.resolve("sandbox"), true);
            ProjectFiles.save(project, p);
            TourCamera.onFx(() -> window.chooseTheme(Theme.LIGHT));
            TourCamera.onFx(() -> window.open(project));
            TourCamera.waitFor(20, () -> project.equals(window.state().fileProperty().get()));
            TourCamera.onFx(() -> {
                window.state().secretsProperty().set(new Secrets("Very-Secret-1", ""));
                window.state().sudoAnsweredProperty().set(true);
                window.showPage(Page.RUN);
                window.state().edit(c -> c.withName("Shop cluster"));
            });
            press("#runButton");
            TourCamera.waitFor(10, () -> saveDialog() != null);
            camera.shoot(40, "run-save-first-changes");
            TourCamera.startOnFx(() -> ((Button) saveDialog().lookupButton(
                    io.eswizard.ui.pages.run.ActionGate.SAVE_NOW)).fire());
            TourCamera.waitFor(20, () -> TourCamera.dialog("run-plan-dialog") != null);
            camera.shoot(41, "run-asks-first");
            TourCamera.startOnFx(() -> buttonOf(TourCamera.dialog("run-plan-dialog"), ButtonBar.ButtonData.OTHER)
                    .fire());
            TourCamera.waitFor(5, () -> runPage().viewModel().busyProperty().get());
            TourCamera.waitFor(120, () -> !runPage().viewModel().busyProperty().get());
            camera.shoot(42, "preflight-findings");
            press("#runButton");
            TourCamera.waitFor(20, () -> TourCamera.dialog("run-plan-dialog") != null);
            camera.shoot(43, "run-asks-after-failed-preflight");
            TourCamera.startOnFx(() -> buttonOf(TourCamera.dialog("run-plan-dialog"), ButtonBar.ButtonData.OK_DONE)
                    .fire());
            TourCamera.waitFor(5, () -> runPage().viewModel().busyProperty().get());
            TourCamera.waitFor(120, () -> !runPage().viewModel().busyProperty().get());
            camera.shoot(44, "run-failures-in-words");
            TourCamera.onFx(() -> ((javafx.scene.control.ListView<?>) stage.getScene().lookup("#failures"))
                    .scrollTo(1));
            Thread.sleep(500);
            TourCamera.onFx(() -> stage.getScene().getRoot().lookupAll(".esw-failure-more").stream()
                    .map(javafx.scene.control.Hyperlink.class::cast).findFirst().ifPresent(
                            javafx.scene.control.Hyperlink::fire));
            camera.shoot(45, "run-failure-full-message");
        } catch (Exception e) {
            e.printStackTrace();
        } finally {
            Platform.runLater(Platform::exit);
        }
    }

    private RunPage runPage() {
        return (RunPage) window.page(window.navigation().indexOf(Page.RUN));
    }

    private void press(String id) {
        TourCamera.startOnFx(() -> ((Button) stage.getScene().lookup(id)).fire());
    }

    private static Button buttonOf(DialogPane pane, ButtonBar.ButtonData data) {
        ButtonType type = pane.getButtonTypes().stream().filter(b -> b.getButtonData() == data).findFirst()
                .orElseThrow();
        return (Button) pane.lookupButton(type);
    }

    private static DialogPane saveDialog() {
        for (javafx.stage.Window w : javafx.stage.Window.getWindows()) {
            if (w.isShowing() && w.getScene() != null && w.getScene().getRoot() instanceof DialogPane pane
                    && "Save the project first".equals(pane.getHeaderText())) {
                return pane;
            }
        }
        return null;
    }
}
