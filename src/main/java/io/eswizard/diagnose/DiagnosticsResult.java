package io.eswizard.diagnose;

import io.eswizard.ansible.RunSummary;
import java.nio.file.Path;
import java.util.List;

/**
 * A written bundle: where, what it holds from each machine, and the run that gathered it.
 *
 * @param runFolder the gathering run's folder (its log, events and summary)
 */
public record DiagnosticsResult(Path bundle, List<MachineOutcome> machines, RunSummary run, Path runFolder) {

    public DiagnosticsResult {
        machines = List.copyOf(machines);
    }

    /** The hosts whose files are not in the bundle. */
    public List<MachineOutcome> missing() {
        return machines.stream().filter(m -> !m.gathered()).toList();
    }
}
