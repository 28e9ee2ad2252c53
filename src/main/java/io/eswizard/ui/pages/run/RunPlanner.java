package io.eswizard.ui.pages.run;

import io.eswizard.ansible.Operation;
import io.eswizard.ansible.ProjectRuns;
import io.eswizard.ansible.RunPlan;
import io.eswizard.ansible.RunPlans;
import io.eswizard.model.ClusterProject;
import java.io.IOException;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

/** Works out what an operation will do to the servers, off the UI thread, for the Run page to confirm. */
final class RunPlanner {

    private RunPlanner() {
    }

    /**
     * Hands the {@link RunPlan} to {@code show} on the UI thread, or says on the status line why there
     * is none ({@code notReady} when the project cannot run yet).
     */
    static void plan(RunContext context, RunConsole console, Operation operation, Supplier<String> notReady,
                     Consumer<RunPlan> show) {
        Optional<ProjectRuns> runs = context.runs();
        if (runs.isEmpty()) {
            console.status().set(notReady.get());
            return;
        }
        ClusterProject p = context.project().get();
        context.background().execute(() -> {
            try {
                RunPlan plan = RunPlans.of(p, operation, runs.get().history());
                context.uiThread().accept(() -> show.accept(plan));
            } catch (IOException | RuntimeException e) {
                String why = "Cannot read the run history: " + RunContext.why(e);
                context.uiThread().accept(() -> console.status().set(why));
            }
        });
    }
}
