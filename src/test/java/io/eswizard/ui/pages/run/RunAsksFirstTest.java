package io.eswizard.ui.pages.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.eswizard.ansible.RunHistory;
import io.eswizard.ansible.TaskResult;
import io.eswizard.model.ClusterProject;
import io.eswizard.model.ProjectDefaults;
import io.eswizard.model.Secrets;
import io.eswizard.model.field.Field;
import io.eswizard.project.ProjectFiles;
import io.eswizard.ui.ProjectState;
import io.eswizard.ui.pages.StandalonePage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollBar;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Run asks first: one dialog says what the run will change, warns when no preflight passed and offers
 * it, and an unsaved project is saved before anything runs. A preflight fills the page.
 */
@ExtendWith(ApplicationExtension.class)
class RunAsksFirstTest {

    @TempDir
    static Path dir;

    final ExecutorService background = Executors.newSingleThreadExecutor();
    StandalonePage page;
    RunPage run;
    Path file;

    @Start
    void start(Stage stage) throws Exception {
        ClusterProject project = ProjectDefaults.localSandbox("demo", 1, 1, dir.resolve("sandbox"), true);
        ProjectState state = new ProjectState(project);
        file = Files.createDirectories(dir.resolve("p" + System.nanoTime())).resolve("cluster.eswiz");
        ProjectFiles.save(file, project);
        state.fileProperty().set(file);
        state.secretsProperty().set(new Secrets("Very-Secret-1", ""));
        page = new StandalonePage(state, background);
        run = new RunPage(page.context, StandalonePage.fakeAnsible("preflight.sh"));
        stage.setScene(new Scene((javafx.scene.Parent) run.view(), 1024, 700));
        io.eswizard.ui.Theme.LIGHT.apply(stage.getScene());
        stage.show();
    }

    @AfterEach
    void stop() {
        background.shutdownNow();
    }

    static DialogPane planDialog() {
        return Window.getWindows().stream().filter(Window::isShowing).map(w -> w.getScene().getRoot())
                .filter(r -> r instanceof DialogPane && "run-plan-dialog".equals(r.getId()))
                .map(DialogPane.class::cast).findFirst().orElse(null);
    }

    /** Waits for the plan dialog and presses its button that starts the run. */
    static void confirmThePlan(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> planDialog() != null);
        DialogPane pane = planDialog();
        ButtonType go = pane.getButtonTypes().stream()
                .filter(b -> b.getButtonData() == javafx.scene.control.ButtonBar.ButtonData.OK_DONE)
                .findFirst().orElseThrow();
        robot.clickOn(pane.lookupButton(go));
    }

    @Test
    void theRunSaysWhatItWillChangeFirstAndCancelChangesNothing(FxRobot robot) throws Exception {
        robot.clickOn("#runButton");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> planDialog() != null);
        DialogPane pane = planDialog();
        List<String> hosts = run.viewModel().hosts();
        assertEquals("Run: change " + hosts.size() + " machines?", pane.getHeaderText());
        javafx.scene.layout.VBox machines = (javafx.scene.layout.VBox) pane.lookup("#run-plan-machines");
        assertEquals(hosts.size(), machines.getChildren().size());
        javafx.scene.layout.VBox database = (javafx.scene.layout.VBox) machines.getChildren().get(0);
        assertEquals("database (127.0.0.1)", ((Label) database.getChildren().get(0)).getText());
        assertTrue(((Label) database.getChildren().get(1)).getText().startsWith("Installs MariaDB; creates the ES "
                + "databases"), ((Label) database.getChildren().get(1)).getText());
        Label warning = (Label) pane.lookup("#run-plan-preflight");
        assertNotNull(warning, "no preflight passed yet");
        assertTrue(warning.getText().startsWith("Preflight has not run for this project."), warning.getText());
        assertTrue(((Label) pane.lookup("#run-plan-files-note")).getText().startsWith("Not known yet: Dry run"));
        assertTrue(pane.getButtonTypes().contains(RunConfirmDialog.PREFLIGHT_FIRST));

        robot.clickOn(pane.lookupButton(ButtonType.CANCEL));
        WaitForAsyncUtils.waitForFxEvents();
        assertNull(planDialog());
        assertFalse(run.viewModel().busyProperty().get());
        assertTrue(history().list().isEmpty(), "nothing ran");
        assertEquals("Run not started: nothing was changed.", run.viewModel().statusProperty().get());
    }

    @Test
    void anUnsavedProjectIsSavedBeforeTheRunAsks(FxRobot robot) throws Exception {
        robot.interact(() -> page.state.edit(p -> p.withName("Shop cluster")));
        robot.clickOn("#runButton");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> saveDialog() != null);
        assertTrue(saveDialog().getContentText().contains("has changes its file does not have yet"),
                saveDialog().getContentText());
        assertNull(planDialog(), "nothing is planned from unsaved settings");
        robot.clickOn(saveDialog().lookupButton(ActionGate.SAVE_NOW));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, page.saveRequests.size());
        // the wizard saves the file, then says so
        ProjectFiles.save(file, page.state.project());
        robot.interact(() -> {
            page.state.markSaved(file, page.state.project());
            page.saveRequests.get(0).accept(true);
        });
        confirmThePlan(robot);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> run.viewModel().lastSummaryProperty().get() != null);
        RunHistory.PastRun past = history().list().stream().filter(r -> r.summary().isPresent()
                && r.summary().get().playbook().equals("site.yml")).findFirst().orElseThrow();
        assertEquals("Shop cluster", ProjectFiles.load(past.folder().resolve(RunHistory.PROJECT_SNAPSHOT)).name(),
                "the run used the settings as saved");
        assertEquals("Shop cluster", ProjectFiles.load(file).name());
    }

    @Test
    void refusingToSaveRunsNothing(FxRobot robot) throws Exception {
        robot.interact(() -> page.state.edit(p -> p.withName("Shop cluster")));
        robot.clickOn("#runButton");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> saveDialog() != null);
        robot.clickOn(saveDialog().lookupButton(ButtonType.CANCEL));
        WaitForAsyncUtils.waitForFxEvents();
        assertNull(planDialog());
        assertTrue(page.saveRequests.isEmpty());
        assertTrue(history().list().isEmpty(), "nothing ran");
    }

    @Test
    void thePreflightFillsTheMachinesTheFailuresAndPastRuns(FxRobot robot) throws Exception {
        robot.clickOn("#preflightButton");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !run.viewModel().busyProperty().get()
                && !run.viewModel().history().runs().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("store-1: unreachable", robot.lookup("#host-store-1").queryAs(Label.class).getText());
        assertEquals("publisher-1: failed", robot.lookup("#host-publisher-1").queryAs(Label.class).getText());
        assertEquals("database: ok", robot.lookup("#host-database").queryAs(Label.class).getText());

        ListView<TaskResult> failures = robot.lookup("#failures").queryListView();
        assertEquals(List.of("publisher-1", "store-1"), failures.getItems().stream().map(TaskResult::host).sorted()
                .toList());
        List<String> links = failures.lookupAll(".esw-go-to").stream().map(n -> ((Hyperlink) n).getText()).sorted()
                .toList();
        assertEquals(List.of("Go to Nodes › publisher-1 › ES_HOME", "Go to Nodes › store-1 › Address"), links);
        Label remedy = (Label) failures.lookupAll(".esw-failure-remedy").iterator().next();
        assertTrue(remedy.isWrapText() && remedy.getText().startsWith("What to do: "), remedy.getText());
        assertTrue(remedy.getBoundsInParent().getWidth() < failures.getWidth(), "wrapped within the list");
        for (Node bar : failures.lookupAll(".scroll-bar")) {
            if (((ScrollBar) bar).getOrientation() == javafx.geometry.Orientation.HORIZONTAL) {
                assertFalse(bar.isVisible(), "nothing needs scrolling sideways");
            }
        }
        robot.interact(() -> failures.lookupAll(".esw-go-to").stream().map(Hyperlink.class::cast)
                .filter(l -> l.getText().contains("ES_HOME")).findFirst().orElseThrow().fire());
        assertEquals(List.of(Field.NODE_ES_HOME.at(0, "publisher-1")), page.fieldsVisited);

        String status = run.viewModel().statusProperty().get();
        assertTrue(status.contains("ES_HOME on publisher-1") && status.contains("reachable on store-1"), status);
        assertFalse(status.contains("see the log"), status);
        ListView<RunHistory.PastRun> past = robot.lookup("#runHistory").queryListView();
        assertEquals(1, past.getItems().size());
        assertEquals("preflight.yml", past.getItems().get(0).summary().orElseThrow().playbook());

        robot.interact(run::onShow);
        assertEquals("store-1: unreachable", robot.lookup("#host-store-1").queryAs(Label.class).getText(),
                "coming back to the page keeps the findings");
    }

    @Test
    void theDialogOffersThePreflightFirst(FxRobot robot) throws Exception {
        robot.clickOn("#runButton");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> planDialog() != null);
        robot.clickOn(planDialog().lookupButton(RunConfirmDialog.PREFLIGHT_FIRST));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !run.viewModel().history().runs().isEmpty()
                && !run.viewModel().busyProperty().get());
        assertTrue(history().list().stream().allMatch(r -> r.summary().orElseThrow().playbook()
                .equals("preflight.yml")), "the preflight ran, the run did not");
    }

    private RunHistory history() {
        return RunHistory.ofProject(file.getParent());
    }

    private static DialogPane saveDialog() {
        return Window.getWindows().stream().filter(Window::isShowing).map(w -> w.getScene().getRoot())
                .filter(r -> r instanceof DialogPane d && "Save the project first".equals(d.getHeaderText()))
                .map(DialogPane.class::cast).findFirst().orElse(null);
    }
}
