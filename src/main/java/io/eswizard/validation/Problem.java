package io.eswizard.validation;

import io.eswizard.model.field.Field;
import io.eswizard.model.field.FieldRef;
import io.eswizard.model.field.Page;

/**
 * One finding of the validator.
 *
 * @param field    the field it is about; the wizard shows it there and jumps to it
 * @param message  plain-language sentence for a newcomer: what is wrong and how to fix it
 * @param severity error or warning
 */
public record Problem(FieldRef field, String message, Severity severity) {

    public static Problem error(FieldRef field, String message) {
        return new Problem(field, message, Severity.ERROR);
    }

    public static Problem warning(FieldRef field, String message) {
        return new Problem(field, message, Severity.WARNING);
    }

    /** About a setting of the project as a whole (not a list column). */
    public static Problem error(Field field, String message) {
        return error(field.ref(), message);
    }

    /** About a setting of the project as a whole (not a list column). */
    public static Problem warning(Field field, String message) {
        return warning(field.ref(), message);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** The machine-readable path, e.g. {@code nodes[2].portOffset}. */
    public String fieldPath() {
        return field.path();
    }

    /** The page that shows the field. */
    public Page page() {
        return field.page();
    }
}
