package io.eswizard.ui.pages.run;

import io.eswizard.ui.Dialogs;
import io.eswizard.ui.WizardContext;
import java.util.function.Function;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Tooltip;

/**
 * Lets a Run or Verify action run, or says why not and offers the fix: "Save now…" for an unsaved
 * project, one dialog for the missing passwords; then the action goes on. Buttons say in their
 * tooltip what they do and, while something stands in the way, what.
 */
public final class ActionGate {

    public static final ButtonType SAVE_NOW = new ButtonType("_Save now…", ButtonBar.ButtonData.OK_DONE);

    private final WizardContext context;
    private final Function<RunReadiness.Action, RunReadiness.Blocker> readiness;

    public ActionGate(WizardContext context, Function<RunReadiness.Action, RunReadiness.Blocker> readiness) {
        this.context = context;
        this.readiness = readiness;
    }

    /** Runs {@code go} once nothing stands in the way, after the admin fixed what did. */
    public void attempt(Node owner, RunReadiness.Action action, Runnable go) {
        RunReadiness.Blocker blocker = readiness.apply(action);
        if (blocker instanceof RunReadiness.NotSaved) {
            boolean save = Dialogs.confirm(owner.getScene().getWindow(), "Save the project first",
                    blocker.message(), SAVE_NOW);
            if (save) {
                context.actions().save(saved -> {
                    if (saved) {
                        attempt(owner, action, go);
                    }
                });
            }
        } else if (blocker instanceof RunReadiness.PasswordsMissing missing) {
            PasswordsDialog.ask(owner.getScene().getWindow(), action.words(), missing.fields(),
                    context.state().secretsProperty().get()).ifPresent(answer -> {
                        context.state().secretsProperty().set(answer.secrets());
                        if (answer.sudoAnswered()) {
                            context.state().sudoAnsweredProperty().set(true);
                        }
                        attempt(owner, action, go);
                    });
        } else {
            go.run();
        }
    }

    /** Keeps the tooltip saying what the button does, and what it needs first while that is missing. */
    public void explain(javafx.scene.control.Control button, RunReadiness.Action action, String does) {
        Tooltip tip = new Tooltip(does);
        tip.setWrapText(true);
        tip.setMaxWidth(420);
        button.setTooltip(tip);
        Runnable update = () -> {
            RunReadiness.Blocker blocker = readiness.apply(action);
            tip.setText(blocker instanceof RunReadiness.Ready ? does
                    : does + "\n\n" + blocker.message() + " Click to " + (blocker instanceof RunReadiness.NotSaved
                            ? "save it." : "enter them."));
        };
        update.run();
        context.state().projectProperty().addListener((o, a, b) -> update.run());
        context.state().fileProperty().addListener((o, a, b) -> update.run());
        context.state().dirtyProperty().addListener((o, a, b) -> update.run());
        context.state().secretsProperty().addListener((o, a, b) -> update.run());
        context.state().sudoAnsweredProperty().addListener((o, a, b) -> update.run());
    }
}
