package io.eswizard.ansible;

/**
 * Observes a run. Called on the run's reader thread, in output order: keep the work small and
 * hand it to your own thread (the UI batches it onto the FX thread).
 */
public interface RunListener {

    /** Each parsed event, after the run model has taken it in. */
    default void onEvent(RunEvent event, RunModel model) {
    }

    /** Each rendered line, secrets masked and cut to {@link LineRenderer#SCREEN_LINE_LIMIT}. */
    default void onLine(String line) {
    }

    /** Once, when the process has ended and the files are written. */
    default void onFinished(RunSummary summary) {
    }

    RunListener NONE = new RunListener() {
    };
}
