package io.eswizard.ansible;

/** The outcome of one task on one host, as Ansible reports it. */
public enum ResultStatus {
    OK, CHANGED, FAILED, UNREACHABLE, SKIPPED;

    public boolean isProblem() {
        return this == FAILED || this == UNREACHABLE;
    }

    /** Lower-case word used in rendered lines, e.g. "changed". */
    public String word() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
