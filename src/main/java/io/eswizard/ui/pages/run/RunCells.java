package io.eswizard.ui.pages.run;

import io.eswizard.ansible.RunHistory;
import io.eswizard.ansible.RunRequest;
import io.eswizard.ansible.TaskResult;
import io.eswizard.model.ClusterProject;
import io.eswizard.model.field.FieldRef;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.VBox;

/** How the Run page's side lists show a failure and a past run. */
final class RunCells {

    private RunCells() {
    }

    /** A failure with its message and, when known, a link to the wizard field behind it. */
    static final class Failure extends ListCell<TaskResult> {
        private final Supplier<ClusterProject> project;
        private final Consumer<FieldRef> goToField;

        Failure(Supplier<ClusterProject> project, Consumer<FieldRef> goToField) {
            this.project = project;
            this.goToField = goToField;
        }

        @Override
        protected void updateItem(TaskResult f, boolean empty) {
            super.updateItem(f, empty);
            setText(null);
            if (empty || f == null) {
                setGraphic(null);
                return;
            }
            Label head = new Label(f.host() + " — " + f.task() + " (" + f.status().word() + ")");
            head.getStyleClass().add("esw-failure-head");
            Label msg = new Label(f.error().lines().limit(6).collect(Collectors.joining("\n")));
            msg.setWrapText(true);
            msg.setMaxWidth(340);
            VBox box = new VBox(2, head, msg);
            FieldLinks.fieldFor(f, project.get()).ifPresent(field -> {
                Hyperlink link = new Hyperlink(FieldLinks.linkText(field));
                link.setOnAction(e -> goToField.accept(field));
                box.getChildren().add(link);
            });
            setGraphic(box);
        }
    }

    /** A past run: its folder name, what it ran (unless site.yml), mode, outcome and exit code. */
    static final class PastRun extends ListCell<RunHistory.PastRun> {
        @Override
        protected void updateItem(RunHistory.PastRun r, boolean empty) {
            super.updateItem(r, empty);
            setText(empty || r == null ? null : r.name() + "  " + r.summary().map(s -> what(s.playbook())
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
