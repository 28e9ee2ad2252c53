package io.eswizard.diagnose;

import io.eswizard.ansible.PlaybookRun;
import io.eswizard.ansible.RunSummary;
import io.eswizard.ansible.StagingFolder;
import java.io.IOException;
import java.nio.file.Path;

/** A started diagnostics run: wait for the bundle, or cancel it (then no bundle is written). */
public final class DiagnoseRun {

    private final PlaybookRun run;
    private final MachineEvents events;
    private final BundleAssembly assembly;
    private final Path target;
    private final Path staging;

    DiagnoseRun(PlaybookRun run, MachineEvents events, BundleAssembly assembly, Path target, Path staging) {
        this.run = run;
        this.events = events;
        this.assembly = assembly;
        this.target = target;
        this.staging = staging;
    }

    public PlaybookRun playbookRun() {
        return run;
    }

    public void cancel() {
        run.cancel();
    }

    /**
     * Waits for the gathering, then writes the bundle; the staging folder is gone afterwards either
     * way. A cancelled run writes nothing.
     */
    public DiagnosticsResult await() throws IOException {
        try {
            RunSummary summary = run.await();
            if (summary.cancelled()) {
                throw new IOException("Cancelled: no bundle was written.");
            }
            return assembly.write(target, summary, run.runFolder(), events.problems());
        } finally {
            StagingFolder.delete(staging);
        }
    }
}
