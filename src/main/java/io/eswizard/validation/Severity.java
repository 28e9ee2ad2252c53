package io.eswizard.validation;

/** ERROR blocks saving a runnable project and leaving a wizard page; WARNING can be accepted. */
public enum Severity {
    ERROR,
    WARNING
}
