package io.eswizard.validation;

/**
 * One finding of the validator.
 *
 * @param fieldPath path of the field in project-file terms, e.g. {@code database.host},
 *                  {@code nodes[2].portOffset}, {@code clustering.wellKnownMembers}; the wizard jumps to it
 * @param message   plain-language sentence for a newcomer: what is wrong and how to fix it
 * @param severity  error or warning
 */
public record Problem(String fieldPath, String message, Severity severity) {

    public static Problem error(String fieldPath, String message) {
        return new Problem(fieldPath, message, Severity.ERROR);
    }

    public static Problem warning(String fieldPath, String message) {
        return new Problem(fieldPath, message, Severity.WARNING);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }
}
