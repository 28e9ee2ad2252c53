package io.eswizard.ui.pages.run;

import io.eswizard.ansible.FailureText;
import io.eswizard.ansible.PreflightRecord;
import io.eswizard.ansible.RunHistory;
import io.eswizard.ansible.RunRequest;
import io.eswizard.ansible.TaskResult;
import io.eswizard.model.ClusterProject;
import io.eswizard.model.field.FieldRef;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextArea;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** How the Run page's side lists show a failure and a past run. */
final class RunCells {

    private RunCells() {
    }

    /**
     * A failure in plain words: what failed where, the cause in one line, what to do, and a link to the
     * wizard field behind it; the full message opens under "Show the full message". Texts wrap to the
     * list's width: nothing needs scrolling sideways.
     */
    static final class Failure extends ListCell<TaskResult> {
        private final Supplier<ClusterProject> project;
        private final Consumer<FieldRef> goToField;
        private final Set<TaskResult> expanded;

        Failure(Supplier<ClusterProject> project, Consumer<FieldRef> goToField, Set<TaskResult> expanded) {
            this.project = project;
            this.goToField = goToField;
            this.expanded = expanded;
            // the list never sizes a cell to its text: the texts wrap instead
            setPrefWidth(0);
        }

        @Override
        protected void updateItem(TaskResult f, boolean empty) {
            super.updateItem(f, empty);
            setText(null);
            if (empty || f == null) {
                setGraphic(null);
                return;
            }
            Label head = wrapped(FailureText.heading(f), "esw-failure-heading");
            head.getStyleClass().add("esw-failure-head");
            VBox box = new VBox(2, head, wrapped(FailureText.cause(f), "esw-failure-cause"));
            box.getStyleClass().add("esw-failure");
            FailureText.remedy(f).ifPresent(r -> box.getChildren().add(wrapped("What to do: " + r,
                    "esw-failure-remedy")));
            FieldLinks.fieldFor(f, project.get()).ifPresent(field -> {
                Hyperlink link = new Hyperlink(FieldLinks.linkText(field));
                link.getStyleClass().add("esw-go-to");
                link.setWrapText(true);
                link.setOnAction(e -> goToField.accept(field));
                box.getChildren().add(link);
            });
            if (FailureText.hasMore(f)) {
                boolean open = expanded.contains(f);
                Hyperlink more = new Hyperlink(open ? "Hide the full message" : "Show the full message");
                more.getStyleClass().add("esw-failure-more");
                more.setOnAction(e -> {
                    if (!expanded.remove(f)) {
                        expanded.add(f);
                    }
                    getListView().refresh();
                });
                box.getChildren().add(more);
                if (open) {
                    String text = FailureText.message(f);
                    TextArea full = new TextArea(text);
                    full.getStyleClass().add("esw-failure-full");
                    full.setEditable(false);
                    full.setWrapText(true);
                    full.setPrefRowCount((int) Math.min(14, text.lines().count() + 1));
                    box.getChildren().add(full);
                }
            }
            if (getListView() != null) {
                // each text wraps at the list's width, and its height is worked out at that same width
                javafx.beans.binding.DoubleBinding width = getListView().widthProperty().subtract(36);
                box.prefWidthProperty().bind(width);
                box.maxWidthProperty().bind(width);
                box.getChildren().forEach(n -> ((Region) n).prefWidthProperty().bind(width));
            }
            box.setPadding(new javafx.geometry.Insets(2, 0, 6, 0));
            setGraphic(box);
        }

        private static Label wrapped(String text, String style) {
            Label label = new Label(text);
            label.getStyleClass().add(style);
            label.setWrapText(true);
            label.setMinHeight(Region.USE_PREF_SIZE);
            return label;
        }
    }

    /** A past run: its folder name, what it ran (unless site.yml), mode, outcome and exit code. */
    static final class PastRun extends ListCell<RunHistory.PastRun> {
        @Override
        protected void updateItem(RunHistory.PastRun r, boolean empty) {
            super.updateItem(r, empty);
            setText(empty || r == null ? null : r.name() + "  " + r.summary().map(s -> s.playbook().equals(
                    PreflightRecord.PLAYBOOK) ? "preflight " + (s.outcome() == io.eswizard.ansible.RunSummary.Outcome
                    .SUCCEEDED ? "passed" : "failed") : what(s.playbook())
                    + s.mode().name().toLowerCase(Locale.ROOT) + " " + s.outcome().name().toLowerCase(Locale.ROOT)
                    + " (exit " + s.exitCode() + ")").orElse("unfinished"));
        }

        /** "rolling restart ", "teardown ", "rollback "; nothing for a run of site.yml. */
        private static String what(String playbook) {
            return playbook.equals(RunRequest.DEFAULT_PLAYBOOK) ? ""
                    : playbook.replaceFirst("\\.yml$", "").replace('_', ' ') + " ";
        }
    }
}
