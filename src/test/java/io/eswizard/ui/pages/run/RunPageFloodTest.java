package io.eswizard.ui.pages.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.eswizard.ansible.AnsibleTools;
import io.eswizard.model.ClusterProject;
import io.eswizard.model.ProjectDefaults;
import io.eswizard.model.Secrets;
import io.eswizard.ui.ProjectActions;
import io.eswizard.ui.ProjectState;
import io.eswizard.ui.WizardContext;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.scene.Scene;
import javafx.scene.control.ListView;
import javafx.scene.control.skin.VirtualFlow;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A run that prints far more than the screen keeps, through the real page. */
@ExtendWith(ApplicationExtension.class)
class RunPageFloodTest {

    static final int LINES = 120_000;
    private static final Pattern LINE = Pattern.compile("line (\\d+)");
    private static final Pattern MARKER = Pattern.compile("… (\\d+) lines not shown here.*");

    @TempDir
    static Path dir;

    // A page of an earlier test may still hand work over after its test ended: dropped, not refused.
    final ExecutorService background = new java.util.concurrent.ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS,
            new java.util.concurrent.LinkedBlockingQueue<>(), new java.util.concurrent.ThreadPoolExecutor.DiscardPolicy());
    RunPage page;

    @Start
    void start(Stage stage) throws Exception {
        ClusterProject project = ProjectDefaults.localSandbox("flood", 1, 1, dir.resolve("sandbox"), true);
        ProjectState state = new ProjectState(project);
        Path file = dir.resolve("cluster.yaml");
        io.eswizard.project.ProjectFiles.save(file, project);
        state.fileProperty().set(file);
        state.secretsProperty().set(new Secrets("Very-Secret-1", ""));
        Path fake = dir.resolve("ansible-playbook");
        Files.writeString(fake, "#!/bin/bash\n"
                + "for a in \"$@\"; do [ \"$a\" = --list-tasks ] && exit 0; done\n"
                + "awk 'BEGIN { for (i = 1; i <= " + LINES + "; i++) print \"line \" i }'\n");
        Files.setPosixFilePermissions(fake, PosixFilePermissions.fromString("rwxr-xr-x"));
        page = new RunPage(new WizardContext(state, background, noActions()),
                AnsibleTools.onPath().withPlaybook(fake.toString()));
        stage.setScene(new Scene((javafx.scene.Parent) page.view(), 1000, 700));
        stage.show();
    }

    @AfterEach
    void stop() {
        background.shutdownNow();
    }

    @Test
    void aFloodKeepsTheNewestLinesAccountsForEverySkippedOneAndFollowsTheEnd(FxRobot robot) throws Exception {
        robot.clickOn("#runButton");
        RunAsksFirstTest.confirmThePlan(robot);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> page.viewModel().lastSummaryProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();

        List<String> log = List.copyOf(page.viewModel().log());
        assertTrue(log.size() <= RunConsole.SCREEN_LINES, "bounded: " + log.size());
        assertEquals("line " + LINES, log.get(log.size() - 1));
        // Between two shown lines, either nothing is missing or a marker counts exactly what is.
        long previous = -1;
        long announced = 0;
        for (String l : log) {
            Matcher marker = MARKER.matcher(l);
            Matcher line = LINE.matcher(l);
            if (marker.matches()) {
                announced += Long.parseLong(marker.group(1));
            } else if (line.matches()) {
                long n = Long.parseLong(line.group(1));
                if (previous >= 0) {
                    assertEquals(previous + 1 + announced, n, "gap before " + l);
                }
                previous = n;
                announced = 0;
            }
        }

        // A layout pass or two after the last change.
        Thread.sleep(200);
        WaitForAsyncUtils.waitForFxEvents();
        ListView<?> view = robot.lookup("#runLog").queryListView();
        VirtualFlow<?> flow = (VirtualFlow<?>) view.lookup(".virtual-flow");
        assertEquals(log.size() - 1, flow.getLastVisibleCell().getIndex(), "the end of the log is in view");
    }

    @Test
    void scrollingUpStopsFollowingAndScrollingBackToTheEndResumesIt(FxRobot robot) {
        ListView<?> view = robot.lookup("#runLog").queryListView();
        append(robot, 0, 200);
        assertEquals(199, lastVisible(view), "follows the end");

        wheel(robot, view, 120);
        int before = lastVisible(view);
        assertTrue(before < 199, "scrolled up: " + before);
        append(robot, 200, 400);
        assertEquals(before, lastVisible(view), "stays where the user scrolled to");

        wheel(robot, view, -100_000);
        append(robot, 400, 600);
        assertEquals(599, lastVisible(view), "back at the end: follows again");
    }

    /** A mouse wheel turn over the log: positive deltaY moves toward the first line. */
    private static void wheel(FxRobot robot, ListView<?> view, double deltaY) {
        robot.interact(() -> {
            VirtualFlow<?> flow = (VirtualFlow<?>) view.lookup(".virtual-flow");
            javafx.event.Event.fireEvent(flow, new javafx.scene.input.ScrollEvent(javafx.scene.input.ScrollEvent.SCROLL,
                    10, 10, 10, 10, false, false, false, false, false, false, 0, deltaY, 0, deltaY,
                    javafx.scene.input.ScrollEvent.HorizontalTextScrollUnits.NONE, 0,
                    javafx.scene.input.ScrollEvent.VerticalTextScrollUnits.NONE, 0, 0, null));
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void append(FxRobot robot, int from, int to) {
        robot.interact(() -> page.viewModel().log().addAll(
                java.util.stream.IntStream.range(from, to).mapToObj(i -> "line " + i).toList()));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static int lastVisible(ListView<?> view) {
        return ((VirtualFlow<?>) view.lookup(".virtual-flow")).getLastVisibleCell().getIndex();
    }

    private static ProjectActions noActions() {
        return (ProjectActions) java.lang.reflect.Proxy.newProxyInstance(ProjectActions.class.getClassLoader(),
                new Class<?>[] {ProjectActions.class},
                (proxy, method, args) -> method.getReturnType() == List.class ? List.of() : null);
    }
}
