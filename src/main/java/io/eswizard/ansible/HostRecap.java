package io.eswizard.ansible;

/** One host's line of the final PLAY RECAP. */
public record HostRecap(String host, int ok, int changed, int unreachable, int failures, int skipped,
                        int rescued, int ignored) {

    public boolean hasProblems() {
        return unreachable > 0 || failures > 0;
    }

    public HostState state() {
        if (unreachable > 0) {
            return HostState.UNREACHABLE;
        }
        if (failures > 0) {
            return HostState.FAILED;
        }
        return changed > 0 ? HostState.CHANGED : HostState.OK;
    }
}
