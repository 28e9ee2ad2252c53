package io.eswizard.ui.components;

import io.eswizard.model.field.Field;
import io.eswizard.model.field.FieldRef;
import io.eswizard.validation.Problem;
import javafx.scene.Node;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import org.controlsfx.control.decoration.Decorator;
import org.controlsfx.control.decoration.StyleClassDecoration;

/**
 * One labelled input of a form, tied to the catalogue field it edits so the validator's problems
 * can be shown on it: a ControlsFX decoration plus the message underneath. The label, the help line
 * and the tooltip come from the catalogue.
 */
public final class FormField {

    private final Field field;
    private final Label label;
    private final Node input;
    private final Control focusTarget;
    private final Label help;
    private final Label message = new Label();

    public FormField(Field field, Node input, Control focusTarget) {
        this.field = field;
        this.input = input;
        this.focusTarget = focusTarget;
        this.label = new Label(field.label());
        this.help = new Label(field.help());
        focusTarget.setId(idFor(field.path()));
        focusTarget.setTooltip(new Tooltip(field.help()));
        label.setLabelFor(focusTarget);
        label.getStyleClass().add("esw-field-label");
        help.getStyleClass().add("esw-field-help");
        help.setWrapText(true);
        message.getStyleClass().add("esw-field-message");
        message.setId(idFor(field.path()) + "-message");
        message.setWrapText(true);
        showMessage(false);
        focusTarget.focusedProperty().addListener((o, was, focused) -> {
            if (!focused) {
                touched = true;
            }
        });
    }

    private boolean touched;

    /** An empty text input that the admin has not left yet: its "is empty" error can wait. */
    public boolean isUntouchedBlank() {
        return !touched && focusTarget instanceof javafx.scene.control.TextInputControl t
                && (t.getText() == null || t.getText().isBlank());
    }

    public static FormField of(Field field, Control control) {
        return new FormField(field, control, control);
    }

    /** "database.host" -> "database-host", "sso.isAddress" -> "sso-is-address". */
    public static String idFor(String fieldPath) {
        return fieldPath.replace('.', '-').replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase();
    }

    public void show(Problem problem) {
        clear();
        String style = problem.isError() ? "esw-error" : "esw-warning";
        Decorator.addDecoration(focusTarget, new StyleClassDecoration(style));
        message.setText(problem.message());
        message.getStyleClass().add(style);
        showMessage(true);
    }

    /** A note that is no problem, e.g. a password needed before running; a problem shown later replaces it. */
    public void showNote(String text) {
        clear();
        message.setText(text);
        message.getStyleClass().add("esw-info");
        showMessage(true);
    }

    /** The note or problem shown under the input, or "" when there is none. */
    public String messageText() {
        return message.isVisible() ? message.getText() : "";
    }

    public void clear() {
        Decorator.removeAllDecorations(focusTarget);
        message.getStyleClass().removeAll("esw-error", "esw-warning", "esw-info");
        message.setText("");
        showMessage(false);
    }

    private void showMessage(boolean visible) {
        message.setVisible(visible);
        message.setManaged(visible);
    }

    /** True when the reference is this field or something inside it (a row of a table). */
    public boolean covers(FieldRef ref) {
        return ref.isIn(field);
    }

    public void disableWhen(javafx.beans.value.ObservableBooleanValue condition) {
        input.disableProperty().bind(condition);
        label.disableProperty().bind(condition);
        help.disableProperty().bind(condition);
    }

    public Field field() {
        return field;
    }

    public Label label() {
        return label;
    }

    public Node input() {
        return input;
    }

    public Control focusTarget() {
        return focusTarget;
    }

    public Label help() {
        return help;
    }

    public Label message() {
        return message;
    }
}
