package io.eswizard.ui.pages;

import io.eswizard.model.field.Field;
import io.eswizard.model.field.FieldRef;
import io.eswizard.model.field.RunPasswords;
import io.eswizard.ui.ProjectState;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import io.eswizard.ui.components.FormField;
import io.eswizard.ui.components.Inputs;
import io.eswizard.validation.Problem;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/**
 * A settings page: a heading, a form of {@link FormField}s and a place for problems that no
 * field shows. Subclasses build their view in a fixed order: initializeParts, layoutParts,
 * bindFieldsToModel.
 */
public abstract class FormPage extends WizardPage {

    /** What "needed before running" says under a password a run still needs. */
    public static final String NEEDED_BEFORE_RUNNING = "Needed before running. Never saved: if you leave it empty "
            + "here, the Run page asks for it.";

    private final List<FormField> fields = new ArrayList<>();
    private final Map<FormField, Supplier<String>> notes = new LinkedHashMap<>();
    private final List<FormField> showingProblems = new ArrayList<>();
    private final Label otherProblems = new Label();
    protected final VBox root = new VBox();

    private final String title;
    private final String intro;

    protected FormPage(String title, String intro) {
        this.title = title;
        this.intro = intro;
    }

    @Override
    protected final Node build() {
        Label heading = new Label(title);
        heading.getStyleClass().add("esw-page-title");
        Label introLabel = new Label(intro);
        introLabel.getStyleClass().add("esw-page-intro");
        introLabel.setWrapText(true);
        otherProblems.getStyleClass().addAll("esw-field-message", "esw-error");
        otherProblems.setWrapText(true);
        otherProblems.setManaged(false);
        otherProblems.setVisible(false);
        root.getStyleClass().add("esw-page");
        root.getChildren().addAll(heading, introLabel);
        initializeParts();
        layoutParts();
        root.getChildren().add(otherProblems);
        bindFieldsToModel();
        return root;
    }

    /** Creates the controls. */
    protected abstract void initializeParts();

    /** Places them into {@link #root}. */
    protected abstract void layoutParts();

    /** Binds what is not bound at creation and adds the page's own listeners. */
    protected abstract void bindFieldsToModel();

    protected final FormField register(FormField field) {
        fields.add(field);
        return field;
    }

    /** A text input for a setting of {@code model}'s page, registered. */
    protected final FormField text(PageViewModel model, Field field) {
        return register(FormField.of(field, Inputs.text(model.text(field))));
    }

    /** A whole-number input for a setting of {@code model}'s page, registered. */
    protected final FormField number(PageViewModel model, Field field) {
        return register(FormField.of(field, Inputs.integer(model.number(field))));
    }

    /** A check box (with its own text) for a yes/no setting of {@code model}'s page, registered. */
    protected final FormField check(PageViewModel model, Field field, String text) {
        return register(FormField.of(field, Inputs.check(text, model.flag(field))));
    }

    /**
     * Shows "needed before running" under a password field while a run still needs that password
     * (never as a problem: passwords are never saved, so they cannot block Next).
     */
    protected final void noteWhenRunNeeds(FormField field, ProjectState state) {
        notes.put(field, () -> RunPasswords.missing(RunPasswords.forRun(state.project()),
                state.secretsProperty().get(), state.sudoAnsweredProperty().get()).contains(field.field())
                ? NEEDED_BEFORE_RUNNING : "");
        state.secretsProperty().addListener((o, a, b) -> refreshNotes());
        state.sudoAnsweredProperty().addListener((o, a, b) -> refreshNotes());
        state.projectProperty().addListener((o, a, b) -> refreshNotes());
    }

    /** Puts each note on its field, unless the field shows a problem. */
    protected final void refreshNotes() {
        notes.forEach((field, note) -> {
            if (showingProblems.contains(field)) {
                return;
            }
            String text = note.get();
            if (text.isEmpty()) {
                field.clear();
            } else {
                field.showNote(text);
            }
        });
    }

    private boolean revealAll;
    private List<Problem> lastProblems = List.of();

    @Override
    public void revealAllErrors() {
        revealAll = true;
        showProblems(lastProblems);
    }

    @Override
    public void showProblems(List<Problem> pageProblems) {
        lastProblems = List.copyOf(pageProblems);
        view();
        fields.forEach(FormField::clear);
        List<String> unplaced = new ArrayList<>();
        // errors first so that a field shows its worst problem
        List<Problem> ordered = new ArrayList<>(pageProblems);
        ordered.sort(Comparator.comparing(p -> !p.isError()));
        List<FormField> shown = new ArrayList<>();
        for (Problem problem : ordered) {
            Optional<FormField> field = fieldFor(problem.field());
            if (field.isPresent() && !revealAll && problem.isError() && field.get().isUntouchedBlank()) {
                // not red before anything is typed; Next or a link to the field shows it
                continue;
            }
            if (field.isEmpty()) {
                unplaced.add(problem.message());
            } else if (!shown.contains(field.get())) {
                field.get().show(problem);
                shown.add(field.get());
            } else if (!placeExtra(problem)) {
                // a second problem on one field: the list on Review shows it; keep the form calm
            }
        }
        showingProblems.clear();
        showingProblems.addAll(shown);
        refreshNotes();
        showUnplaced(unplaced);
        onProblems(pageProblems);
    }

    /** Hook for pages with tables: also mark rows. */
    protected void onProblems(List<Problem> pageProblems) {
    }

    /** Hook for problems beyond the first on one field; true when the page showed it. */
    protected boolean placeExtra(Problem problem) {
        return false;
    }

    private void showUnplaced(List<String> messages) {
        otherProblems.setText(String.join("\n", messages));
        otherProblems.setVisible(!messages.isEmpty());
        otherProblems.setManaged(!messages.isEmpty());
    }

    /** The input showing the field: its own, or the table it is a column of. */
    protected Optional<FormField> fieldFor(FieldRef ref) {
        return fields.stream().filter(f -> f.field() == ref.field()).findFirst()
                .or(() -> fields.stream().filter(f -> f.covers(ref)).findFirst());
    }

    @Override
    public boolean focusField(FieldRef ref) {
        view();
        Optional<FormField> field = fieldFor(ref);
        field.ifPresent(f -> {
            Platform.runLater(() -> f.focusTarget().requestFocus());
            focusDetail(f, ref);
        });
        return field.isPresent();
    }

    /** Hook for tables: select the row the reference names (nodes[2].address: the third row). */
    protected void focusDetail(FormField field, FieldRef ref) {
    }

    public List<FormField> fields() {
        return List.copyOf(fields);
    }
}
