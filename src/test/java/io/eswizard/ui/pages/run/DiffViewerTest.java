package io.eswizard.ui.pages.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.eswizard.ansible.FileDiff;
import io.eswizard.ui.Theme;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The dry run's changes: machines, each with its changed files, and the chosen file's whole diff coloured. */
@ExtendWith(ApplicationExtension.class)
class DiffViewerTest {

    Stage owner;

    @Start
    void start(Stage stage) {
        owner = stage;
        stage.setScene(new Scene(new StackPane(), 200, 100));
        Theme.LIGHT.apply(stage.getScene());
        stage.show();
    }

    @Test
    void filesAreListedPerMachineAndTheFirstOneShows(FxRobot robot) {
        List<FileDiff> diffs = List.of(
                DiffGroupsTest.diff("store-1", "es_node : registry.xml", "/es/s1/repository/conf/registry.xml",
                        "<a/>\n<b/>\n", "<a/>\n<c/>\n"),
                DiffGroupsTest.diff("store-1", "es_node : carbon.xml", "/es/s1/repository/conf/carbon.xml", "x\n",
                        "y\n"),
                DiffGroupsTest.diff("database", "es_mysql : my.cnf", "/etc/mysql/my.cnf", "", "bind\n"));
        Stage[] viewer = new Stage[1];
        robot.interact(() -> viewer[0] = DiffViewer.show(owner, diffs));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Dry run: what would change (3 files on 2 machines)", viewer[0].getTitle());
        @SuppressWarnings("unchecked")
        TreeView<Object> tree = (TreeView<Object>) viewer[0].getScene().lookup("#diffFiles");
        List<TreeItem<Object>> machines = tree.getRoot().getChildren();
        assertEquals(List.of("database", "store-1"), machines.stream().map(i -> i.getValue().toString()).toList());
        assertEquals(1, machines.get(0).getChildren().size());
        assertEquals(2, machines.get(1).getChildren().size());
        @SuppressWarnings("unchecked")
        ListView<String> text = (ListView<String>) viewer[0].getScene().lookup("#diffText");
        assertEquals(List.of("# task: es_mysql : my.cnf", "--- /etc/mysql/my.cnf", "+++ /etc/mysql/my.cnf", "+bind"),
                text.getItems(), "the first file of the first machine shows");

        robot.interact(() -> tree.getSelectionModel().select(machines.get(1).getChildren().get(0)));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("store-1:  /es/s1/repository/conf/registry.xml",
                ((Label) viewer[0].getScene().lookup("#diffPath")).getText());
        assertTrue(text.getItems().contains("+<c/>") && text.getItems().contains("-<b/>")
                && text.getItems().contains(" <a/>"), "the whole file, changed lines marked: " + text.getItems());
        ListCell<?> added = text.lookupAll(".list-cell").stream().map(ListCell.class::cast)
                .filter(c -> "+<c/>".equals(c.getItem())).findFirst().orElseThrow();
        assertTrue(added.getStyleClass().contains("esw-diff-add"));
        robot.interact(viewer[0]::close);
    }
}
