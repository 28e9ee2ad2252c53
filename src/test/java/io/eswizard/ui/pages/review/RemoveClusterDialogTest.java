package io.eswizard.ui.pages.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.eswizard.ansible.Operation;
import io.eswizard.model.ClusterProject;
import io.eswizard.model.ProjectDefaults;
import io.eswizard.ui.ProjectActions;
import io.eswizard.ui.ProjectState;
import io.eswizard.ui.WizardContext;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.DialogPane;
import javafx.scene.control.ScrollPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The Review page's Remove this cluster: nothing is removed until the project's name is typed. */
@ExtendWith(ApplicationExtension.class)
class RemoveClusterDialogTest {

    final List<Object> removed = new CopyOnWriteArrayList<>();
    final ExecutorService background = Executors.newSingleThreadExecutor();

    @Start
    void start(Stage stage) {
        ClusterProject project = ProjectDefaults.localSandbox("shop-eu", 1, 1, Path.of("/tmp/sb"), true);
        ReviewPage page = new ReviewPage(new WizardContext(new ProjectState(project), background, actions()));
        stage.setScene(new Scene(new ScrollPane(page.view()), 1200, 800));
        stage.show();
    }

    @AfterEach
    void stop() {
        background.shutdownNow();
    }

    @Test
    void theClusterIsRemovedOnlyOnceItsNameIsTyped(FxRobot robot) throws Exception {
        DialogPane dialog = openDialog(robot);
        Node remove = dialog.lookup("#remove-cluster-confirm");
        assertTrue(remove.isDisabled());

        robot.clickOn(dialog.lookup("#remove-cluster-name")).write("shop-e");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(remove.isDisabled(), "part of the name is not the name");
        robot.write("u");
        robot.clickOn(dialog.lookup("#remove-cluster-drop-databases"));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of(), removed, "nothing happens before the button");
        robot.clickOn(remove);
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(List.of(new Operation.Teardown(true, false)), removed);
    }

    @Test
    void cancellingRemovesNothing(FxRobot robot) throws Exception {
        DialogPane dialog = openDialog(robot);
        robot.clickOn(dialog.lookup("#remove-cluster-name")).write("shop-eu");
        robot.type(javafx.scene.input.KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of(), removed);
    }

    /** Clicks Remove this cluster… and returns the dialog once it shows. */
    private static DialogPane openDialog(FxRobot robot) throws Exception {
        javafx.application.Platform.runLater(robot.lookup("#review-remove-cluster").queryButton()::fire);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> shownDialog(robot) != null);
        WaitForAsyncUtils.waitForFxEvents();
        return shownDialog(robot);
    }

    private static DialogPane shownDialog(FxRobot robot) {
        return robot.lookup(".dialog-pane").queryAllAs(DialogPane.class).stream()
                .filter(d -> d.getScene() != null && d.getScene().getWindow() != null
                        && d.getScene().getWindow().isShowing() && d.getHeaderText().contains("shop-eu"))
                .findFirst().orElse(null);
    }

    /** Records removeCluster; every other action does nothing. */
    private ProjectActions actions() {
        return (ProjectActions) java.lang.reflect.Proxy.newProxyInstance(ProjectActions.class.getClassLoader(),
                new Class<?>[] {ProjectActions.class}, (proxy, method, args) -> {
                    if (method.getName().equals("removeCluster")) {
                        removed.add(args[0]);
                    }
                    return method.getReturnType() == List.class ? List.of() : null;
                });
    }
}
