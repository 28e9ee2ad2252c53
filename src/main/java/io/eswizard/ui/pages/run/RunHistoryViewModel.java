package io.eswizard.ui.pages.run;

import io.eswizard.ansible.Operation;
import io.eswizard.ansible.ProjectRuns;
import io.eswizard.ansible.RunHistory;
import java.io.IOException;
import java.util.List;
import java.util.function.Consumer;
import java.util.Optional;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The project's past runs, newest first, read from its run folders. */
public final class RunHistoryViewModel {

    private final RunContext context;
    private final RunConsole console;
    private final ObservableList<RunHistory.PastRun> runs = FXCollections.observableArrayList();

    RunHistoryViewModel(RunContext context, RunConsole console) {
        this.context = context;
        this.console = console;
    }

    public ObservableList<RunHistory.PastRun> runs() {
        return runs;
    }

    /** Reads the run folders again (off the UI thread); an unsaved project has none. */
    public void refresh() {
        Optional<ProjectRuns> projectRuns = context.runs();
        if (projectRuns.isEmpty()) {
            runs.clear();
            return;
        }
        try {
            context.background().execute(() -> {
                try {
                    List<RunHistory.PastRun> past = projectRuns.get().history().list();
                    context.uiThread().accept(() -> runs.setAll(past));
                } catch (IOException e) {
                    context.uiThread().accept(() -> console.status().set("Cannot read the run history: "
                            + e.getMessage()));
                }
            });
        } catch (java.util.concurrent.RejectedExecutionException closing) {
            // The window is closing and its background work has stopped: no history left to show.
        }
    }

    /**
     * Works out, off the UI thread, what rolling back a past run puts back, and hands it to
     * {@code confirm} (which may start it); says on the status line why it cannot be done.
     */
    public void planRollback(RunHistory.PastRun past, Consumer<Operation.Rollback> confirm) {
        RollbackPlanner.plan(context, console, past, confirm);
    }
}
