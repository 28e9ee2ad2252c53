package io.eswizard.ansible;

/** What a playbook run may do to the hosts. */
public enum RunMode {
    /** Change the hosts. */
    APPLY,
    /** Dry run: {@code --check --diff}; reports what would change and each file's diff. */
    CHECK
}
