package io.eswizard.ui.pages.run;

import io.eswizard.ansible.ProjectRuns;
import io.eswizard.ansible.RunHistory;
import java.io.IOException;
import java.util.List;
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
        context.background().execute(() -> {
            try {
                List<RunHistory.PastRun> past = projectRuns.get().history().list();
                context.uiThread().accept(() -> runs.setAll(past));
            } catch (IOException e) {
                context.uiThread().accept(() -> console.status().set("Cannot read the run history: "
                        + e.getMessage()));
            }
        });
    }
}
