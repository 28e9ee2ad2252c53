package io.eswizard.ui.pages.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.eswizard.ansible.AnsibleTools;
import io.eswizard.ansible.HostState;
import io.eswizard.model.ClusterProject;
import io.eswizard.model.ProjectDefaults;
import io.eswizard.model.Secrets;
import io.eswizard.model.field.Field;
import io.eswizard.model.field.FieldRef;
import io.eswizard.ui.ProjectActions;
import io.eswizard.ui.ProjectState;
import io.eswizard.ui.WizardContext;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class RunPageTest {

    @TempDir
    static Path dir;

    final List<FieldRef> fieldsVisited = new CopyOnWriteArrayList<>();
    final ExecutorService background = Executors.newSingleThreadExecutor();
    RunPage page;

    @Start
    void start(Stage stage) throws Exception {
        page = showPage(stage, "apply.sh", dir);
    }

    /**
     * A Run page for the sandbox project, saved in {@code folder} (its runs go there), with a password,
     * running the fake playbook {@code script}.
     */
    private RunPage showPage(Stage stage, String script, Path folder) throws Exception {
        ClusterProject project = ProjectDefaults.localSandbox("demo", 1, 1, dir.resolve("sandbox"), true);
        ProjectState state = new ProjectState(project);
        Path file = Files.createDirectories(folder).resolve("cluster.yaml");
        io.eswizard.project.ProjectFiles.save(file, project);
        state.fileProperty().set(file);
        state.secretsProperty().set(new Secrets("Very-Secret-1", ""));
        Path fake = Path.of(getClass().getResource("/fake-ansible/" + script).toURI());
        Files.setPosixFilePermissions(fake, PosixFilePermissions.fromString("rwxr-xr-x"));
        RunPage shown = new RunPage(new WizardContext(state, background, actions(fieldsVisited::add)),
                AnsibleTools.onPath().withPlaybook(fake.toString()));
        stage.setScene(new Scene((javafx.scene.Parent) shown.view(), 1200, 800));
        stage.show();
        return shown;
    }

    @AfterEach
    void stop() {
        background.shutdownNow();
    }

    @Test
    void firstShowBuildsTheLogsCellsWithoutShowingAnyLine(FxRobot robot) throws Exception {
        ListView<String> log = robot.lookup("#runLog").queryListView();
        assertEquals(0, log.lookupAll(".list-cell").size(), "an empty list has no cells before");
        robot.interact(page::onShow);
        // Sample frames on the FX thread, while the warm-up's rounds run (one per frame) and after.
        for (int frame = 0; frame < 60; frame++) {
            String problem = WaitForAsyncUtils.asyncFx(() -> {
                List<javafx.scene.control.ListCell<?>> cells = log.lookupAll(".list-cell").stream()
                        .<javafx.scene.control.ListCell<?>>map(n -> (javafx.scene.control.ListCell<?>) n).toList();
                if (cells.size() < 10) {
                    return "only " + cells.size() + " cells";
                }
                if (log.getItems() != page.viewModel().log() || !log.getItems().isEmpty()) {
                    return "the list shows other items than the page's own, empty log";
                }
                return cells.stream().filter(javafx.scene.Node::isVisible)
                        .allMatch(c -> c.isEmpty() && c.getText() == null) ? "" : "a sample line is on screen";
            }).get(5, TimeUnit.SECONDS);
            assertEquals("", problem, "frame " + frame);
            Thread.sleep(16);
        }
    }

    @Test
    void aFakeRunFillsTheLogGridFailuresAndHistory(FxRobot robot) throws Exception {
        Label waiting = robot.lookup("#host-database").queryAs(Label.class);
        assertEquals("database: waiting", waiting.getText());

        robot.clickOn("#runButton");
        RunAsksFirstTest.confirmThePlan(robot);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> page.viewModel().lastSummaryProperty().get() != null
                && !page.viewModel().history().runs().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();

        ListView<String> log = robot.lookup("#runLog").queryListView();
        assertTrue(log.getItems().contains("TASK [Fail]"), String.join("\n", log.getItems()));
        assertTrue(log.getItems().contains("  h2: failed"));
        assertEquals(HostState.FAILED, page.viewModel().hostStates().get("h2"));
        assertEquals(HostState.UNREACHABLE, page.viewModel().hostStates().get("h3"));
        javafx.scene.layout.Pane grid = robot.lookup("#hostGrid").queryAs(javafx.scene.layout.Pane.class);
        assertEquals(page.viewModel().hosts(), grid.getChildren().stream().map(n -> n.getId().substring(5)).toList(),
                "one label per host, in order");
        Label h2 = robot.lookup("#host-h2").queryAs(Label.class);
        assertEquals("h2: failed", h2.getText());
        assertTrue(h2.getStyleClass().contains("esw-host-failed"), h2.getStyleClass().toString());
        assertFalse(h2.getStyleClass().contains("esw-host-waiting"), h2.getStyleClass().toString());
        assertTrue(robot.lookup("#host-h3").queryAs(Label.class).getStyleClass().contains("esw-host-unreachable"));
        assertEquals(2, robot.lookup("#failures").queryListView().getItems().size());
        assertEquals(1.0, page.viewModel().progressProperty().get(), 0.001, "5 of 5 tasks done at the end");
        assertEquals(1, robot.lookup("#runHistory").queryListView().getItems().size());
        assertTrue(robot.lookup("#runStatus").queryAs(Label.class).getText().startsWith("FAILED"));
        assertFalse(robot.lookup("#retryButton").queryAs(Button.class).isDisabled());
        assertTrue(robot.lookup("#cancelButton").queryAs(Button.class).isDisabled());

        robot.clickOn("#logSearch").write("stderr: oops");
        robot.type(javafx.scene.input.KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("      stderr: oops", log.getSelectionModel().getSelectedItem());
        assertTrue(robot.lookup("#logSearch").queryAs(TextField.class).getText().contains("oops"));
    }

    @Test
    void aFailedNodeTaskLinksToTheNodesEsHome(FxRobot robot) throws Exception {
        RunPage[] failing = new RunPage[1];
        robot.interact(() -> {
            try {
                failing[0] = showPage(new Stage(), "node-failure.sh", dir.resolve("node-failure"));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        robot.interact(() -> failing[0].viewModel().run(io.eswizard.ansible.RunMode.APPLY));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> failing[0].viewModel().lastSummaryProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();

        javafx.scene.Node failures = failing[0].view().lookup("#failures");
        javafx.scene.control.Hyperlink link = failures.lookupAll(".hyperlink").stream()
                .map(javafx.scene.control.Hyperlink.class::cast).findFirst().orElseThrow();
        assertEquals("Go to Nodes › publisher-1 › ES_HOME", link.getText());
        robot.interact(link::fire);
        assertEquals(List.of(Field.NODE_ES_HOME.at(0, "publisher-1")), fieldsVisited);
    }

    /** Records goToField; every other action does nothing (a proxy, so new actions need no edit here). */
    private static ProjectActions actions(Consumer<FieldRef> goToField) {
        return (ProjectActions) java.lang.reflect.Proxy.newProxyInstance(ProjectActions.class.getClassLoader(),
                new Class<?>[] {ProjectActions.class}, (proxy, method, args) -> {
                    if (method.getName().equals("goToField")) {
                        goToField.accept((FieldRef) args[0]);
                    }
                    return method.getReturnType() == List.class ? List.of() : null;
                });
    }
}
