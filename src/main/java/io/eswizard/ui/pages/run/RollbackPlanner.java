package io.eswizard.ui.pages.run;

import io.eswizard.ansible.Operation;
import io.eswizard.ansible.ProjectRuns;
import io.eswizard.ansible.RollbackPlan;
import io.eswizard.ansible.RunHistory;
import io.eswizard.model.ClusterProject;
import java.io.IOException;
import java.util.Optional;
import java.util.function.Consumer;

/** Works out what rolling back a past run puts back, off the UI thread, for the Run page to confirm. */
final class RollbackPlanner {

    private RollbackPlanner() {
    }

    /** Hands the plan to {@code confirm} on the UI thread, or says on the status line why there is none. */
    static void plan(RunContext context, RunConsole console, RunHistory.PastRun past,
                     Consumer<Operation.Rollback> confirm) {
        Optional<ProjectRuns> runs = context.runs();
        if (past == null || runs.isEmpty()) {
            console.status().set("Choose a past run to roll back.");
            return;
        }
        ClusterProject p = context.project().get();
        context.background().execute(() -> {
            try {
                Operation.Rollback plan = RollbackPlan.of(runs.get().history(), past.name(), p);
                context.uiThread().accept(() -> confirm.accept(plan));
            } catch (IOException | IllegalArgumentException e) {
                context.uiThread().accept(() -> console.status().set(RunContext.why(e)));
            }
        });
    }
}
