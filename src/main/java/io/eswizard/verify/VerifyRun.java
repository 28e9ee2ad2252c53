package io.eswizard.verify;

import io.eswizard.ansible.PlaybookRun;

/** A started verify run: wait for its report, or cancel it. */
public final class VerifyRun {

    private final PlaybookRun run;
    private final VerifyCollector collector;

    VerifyRun(PlaybookRun run, VerifyCollector collector) {
        this.run = run;
        this.collector = collector;
    }

    /** The playbook run underneath: its folder, log and model. */
    public PlaybookRun playbookRun() {
        return run;
    }

    public void cancel() {
        run.cancel();
    }

    /** Waits for the end of the run. */
    public VerifyReport await() {
        return collector.report(run.await(), run.runFolder());
    }
}
