package io.eswizard.ui.pages.run;

import io.eswizard.model.Secrets;
import io.eswizard.model.field.Field;
import io.eswizard.model.field.FieldValues;
import io.eswizard.ui.AppIcons;
import io.eswizard.validation.PasswordRules;
import io.eswizard.validation.Problem;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.GridPane;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * One dialog for every password an action still needs: the database user's, the MySQL admin's, and
 * the sudo password, which may be none ("sudo asks for no password"). Each is kept for the session
 * only, as if typed on its page.
 */
public final class PasswordsDialog {

    /** What the admin entered. */
    public record Answer(Secrets secrets, boolean sudoAnswered) {
    }

    public static final ButtonType CONTINUE = new ButtonType("_Continue", ButtonBar.ButtonData.OK_DONE);
    static final String NO_SUDO_PASSWORD = "Sudo asks for _no password on these machines";

    private PasswordsDialog() {
    }

    /**
     * @param action  what waits for the passwords, e.g. "a run"
     * @param missing the passwords to ask for, in the catalogue's terms
     */
    public static Optional<Answer> ask(Window owner, String action, List<Field> missing, Secrets current) {
        Dialog<Answer> dialog = new Dialog<>();
        dialog.setTitle("ES Cluster Wizard");
        dialog.setHeaderText("Passwords needed before " + action);
        if (owner != null) {
            dialog.initOwner(owner);
        }
        dialog.getDialogPane().setId("passwords-dialog");
        io.eswizard.ui.Dialogs.style(dialog.getDialogPane());
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(6);
        grid.setPadding(new Insets(8, 0, 0, 0));
        Label intro = new Label("They are kept in memory for this session only and never saved.");
        intro.setWrapText(true);
        grid.add(intro, 0, 0, 2, 1);
        Map<Field, PasswordField> inputs = new LinkedHashMap<>();
        CheckBox noSudo = new CheckBox(NO_SUDO_PASSWORD);
        noSudo.setId("passwords-no-sudo");
        int row = 1;
        for (Field field : missing) {
            PasswordField input = new PasswordField();
            input.setId("passwords-" + field.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
            input.setPrefColumnCount(24);
            Label label = new Label(field.ref().label());
            label.setLabelFor(input);
            label.getStyleClass().add("esw-field-label");
            label.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            grid.add(label, 0, row);
            grid.add(input, 1, row++);
            Label help = new Label(field.help());
            help.setWrapText(true);
            help.setMaxWidth(360);
            help.getStyleClass().add("esw-field-help");
            grid.add(help, 1, row++);
            grid.add(lengthNote(field, input), 1, row++);
            if (field == Field.BECOME_PASSWORD) {
                input.disableProperty().bind(noSudo.selectedProperty());
                grid.add(noSudo, 1, row++);
            }
            inputs.put(field, input);
        }
        dialog.getDialogPane().setContent(grid);
        dialog.getDialogPane().setPrefWidth(680);
        dialog.getDialogPane().getButtonTypes().setAll(CONTINUE, ButtonType.CANCEL);
        Node ok = dialog.getDialogPane().lookupButton(CONTINUE);
        ok.disableProperty().bind(incomplete(inputs, noSudo));
        dialog.setResultConverter(button -> {
            if (button != CONTINUE) {
                return null;
            }
            Secrets secrets = current == null ? Secrets.NONE : current;
            boolean sudoAnswered = false;
            for (Map.Entry<Field, PasswordField> e : inputs.entrySet()) {
                if (e.getKey() == Field.BECOME_PASSWORD) {
                    sudoAnswered = true;
                    if (noSudo.isSelected()) {
                        continue;
                    }
                }
                secrets = FieldValues.write(e.getKey(), secrets, e.getValue().getText());
            }
            return new Answer(secrets, sudoAnswered);
        });
        if (dialog.getDialogPane().getScene().getWindow() instanceof Stage stage) {
            AppIcons.applyTo(stage);
        }
        inputs.values().stream().findFirst().ifPresent(first -> Platform.runLater(first::requestFocus));
        return dialog.showAndWait();
    }

    /** What {@link PasswordRules} says about the typed password, as it is typed; nothing while it is fine. */
    private static Label lengthNote(Field field, PasswordField input) {
        Label note = new Label();
        note.setId("passwords-" + field.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-') + "-note");
        note.setWrapText(true);
        note.setMaxWidth(360);
        note.textProperty().bind(Bindings.createStringBinding(() -> PasswordRules.finding(field, input.getText())
                .map(Problem::message).orElse(""), input.textProperty()));
        note.managedProperty().bind(note.textProperty().isNotEmpty());
        note.visibleProperty().bind(note.managedProperty());
        note.getStyleClass().addAll("esw-field-message", field == Field.BECOME_PASSWORD ? "esw-warning" : "esw-error");
        return note;
    }

    /**
     * Continue waits until every password is typed, the sudo one being either typed or said to be none, and
     * no typed password is refused by {@link PasswordRules} (a short sudo password is only warned about).
     */
    private static BooleanBinding incomplete(Map<Field, PasswordField> inputs, CheckBox noSudo) {
        List<javafx.beans.Observable> dependencies = new java.util.ArrayList<>();
        inputs.values().forEach(i -> dependencies.add(i.textProperty()));
        dependencies.add(noSudo.selectedProperty());
        return Bindings.createBooleanBinding(() -> inputs.entrySet().stream().anyMatch(e ->
                        e.getValue().getText().isEmpty()
                                && !(e.getKey() == Field.BECOME_PASSWORD && noSudo.isSelected())
                        || PasswordRules.finding(e.getKey(), e.getValue().getText()).filter(Problem::isError)
                                .isPresent()),
                dependencies.toArray(javafx.beans.Observable[]::new));
    }
}
