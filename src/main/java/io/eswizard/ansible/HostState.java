package io.eswizard.ansible;

/** Where a host stands during and after a run; what the status grid and the topology show. */
public enum HostState {
    /** No result yet. */
    WAITING,
    /** Every task so far was ok or skipped. */
    OK,
    /** At least one task changed something (or would, in a dry run). */
    CHANGED,
    FAILED,
    UNREACHABLE
}
