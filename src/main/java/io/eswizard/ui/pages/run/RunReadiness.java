package io.eswizard.ui.pages.run;

import io.eswizard.model.ClusterProject;
import io.eswizard.model.field.Field;
import io.eswizard.model.field.RunPasswords;
import io.eswizard.validation.PasswordRules;
import io.eswizard.validation.Problem;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Whether an action of the Run or Verify page can start now, and if not, why in words the page shows
 * beside its button (tooltip) and in the dialog that offers the fix. Needs no FX toolkit.
 */
public final class RunReadiness {

    /** What the admin asked for. */
    public enum Action {
        PREFLIGHT("the preflight"), DRY_RUN("a dry run"), RUN("a run"), VERIFY("verify");

        private final String words;

        Action(String words) {
            this.words = words;
        }

        public String words() {
            return words;
        }
    }

    /** What stands in the way; {@link Ready} when nothing does. */
    public sealed interface Blocker permits Ready, NotSaved, PasswordsMissing {
        String message();
    }

    public record Ready() implements Blocker {
        @Override
        public String message() {
            return "";
        }
    }

    /**
     * Runs, their logs and the inventory live beside the project file, and a run uses the settings as
     * saved: never changes the file does not have.
     *
     * @param changed the project has a file, without the latest changes
     */
    public record NotSaved(Action action, boolean changed) implements Blocker {
        public NotSaved(Action action) {
            this(action, false);
        }

        @Override
        public String message() {
            return changed ? "Save the project first: it has changes its file does not have yet, and "
                    + action.words() + " uses the settings as saved."
                    : "Save the project first: " + action.words() + " works from the project's file, and its log is "
                    + "kept beside it.";
        }
    }

    /** Passwords are never saved, so each session asks for them once. */
    public record PasswordsMissing(Action action, List<Field> fields) implements Blocker {
        public PasswordsMissing {
            fields = List.copyOf(fields);
        }

        @Override
        public String message() {
            return "Needed before " + action.words() + ": " + fields.stream().map(f -> f.ref().label())
                    .collect(Collectors.joining(", ")) + ".";
        }
    }

    private RunReadiness() {
    }

    public static List<Field> passwordsFor(Action action, ClusterProject project) {
        return action == Action.PREFLIGHT ? RunPasswords.forPreflight(project) : RunPasswords.forRun(project);
    }

    public static Blocker check(RunContext context, Action action) {
        if (context.projectFile().get() == null) {
            return new NotSaved(action);
        }
        if (context.unsaved().getAsBoolean()) {
            return new NotSaved(action, true);
        }
        ClusterProject project = context.project().get();
        List<Field> needed = passwordsFor(action, project);
        List<Field> missing = new ArrayList<>(RunPasswords.missing(needed, context.secrets().get(),
                context.sudoAnswered().getAsBoolean()));
        // a password too short for PasswordRules is asked for again, as if it were missing
        PasswordRules.check(project, context.secrets().get()).stream().filter(Problem::isError)
                .map(pr -> pr.field().field()).filter(f -> needed.contains(f) && !missing.contains(f))
                .forEach(missing::add);
        return missing.isEmpty() ? new Ready() : new PasswordsMissing(action, missing);
    }
}
