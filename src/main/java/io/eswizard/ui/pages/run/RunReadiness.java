package io.eswizard.ui.pages.run;

import io.eswizard.model.ClusterProject;
import io.eswizard.model.field.Field;
import io.eswizard.model.field.RunPasswords;
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

    /** Runs, their logs and the inventory live beside the project file. */
    public record NotSaved(Action action) implements Blocker {
        @Override
        public String message() {
            return "Save the project first: " + action.words() + " works from the project's file, and its log is "
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
        List<Field> missing = RunPasswords.missing(passwordsFor(action, context.project().get()),
                context.secrets().get(), context.sudoAnswered().getAsBoolean());
        return missing.isEmpty() ? new Ready() : new PasswordsMissing(action, missing);
    }
}
