package io.eswizard.verify;

import io.eswizard.ansible.CheckResult;
import io.eswizard.ansible.ResultStatus;
import io.eswizard.ansible.RunEvent;
import io.eswizard.ansible.RunListener;
import io.eswizard.ansible.RunModel;
import io.eswizard.ansible.RunSummary;
import io.eswizard.ansible.TaskResult;
import io.eswizard.model.ClusterProject;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Gathers the checks of a verify run from its events as they come. A check task that failed
 * without reporting checks (a module error, an unreachable host) becomes a failed check of its
 * own, and so does a run that ended before it checked anything.
 */
final class VerifyCollector implements RunListener {

    /** ansible-playbook's exit codes when checks failed (2) or a host was unreachable (4). */
    private static final List<Integer> EXPECTED_EXITS = List.of(0, 2, 4);

    private final ClusterProject project;
    private final Consumer<VerifyCheck> onCheck;
    private final List<VerifyCheck> checks = new ArrayList<>();
    private final Map<String, TaskResult> unexplained = new LinkedHashMap<>();

    VerifyCollector(ClusterProject project, Consumer<VerifyCheck> onCheck) {
        this.project = project;
        this.onCheck = onCheck;
    }

    @Override
    public void onEvent(RunEvent event, RunModel model) {
        if (event instanceof RunEvent.HostResult hr && hr.result().status().isProblem() && !hr.result().isItem()) {
            synchronized (this) {
                unexplained.put(key(hr.result().taskId(), hr.result().host()), hr.result());
            }
        } else if (event instanceof RunEvent.Checks c) {
            synchronized (this) {
                unexplained.remove(key(c.taskId(), c.host()));
            }
            for (CheckResult r : c.checks()) {
                add(VerifyCheck.of(r, project));
            }
        }
    }

    private static String key(String taskId, String host) {
        return taskId + "\n" + host;
    }

    private void add(VerifyCheck check) {
        synchronized (this) {
            checks.add(check);
        }
        onCheck.accept(check);
    }

    /** The report, once the run has ended. */
    VerifyReport report(RunSummary summary, Path runFolder) {
        List<TaskResult> failedTasks;
        synchronized (this) {
            failedTasks = new ArrayList<>(unexplained.values());
            unexplained.clear();
        }
        for (TaskResult t : failedTasks) {
            boolean unreachable = t.status() == ResultStatus.UNREACHABLE;
            add(VerifyCheck.notMade(t.host(), unreachable ? "Ansible reaches " + t.host() : t.task(),
                    (unreachable ? "unreachable: " : "the check could not be made: ") + t.error(),
                    unreachable ? FieldPaths.addressOf(t.host(), project) : "", project));
        }
        boolean nothingChecked;
        synchronized (this) {
            nothingChecked = checks.isEmpty();
        }
        if (summary.cancelled()) {
            add(VerifyCheck.notMade("", "the verify run", "it was cancelled", "", project));
        } else if (nothingChecked || !EXPECTED_EXITS.contains(summary.exitCode())) {
            String last = summary.lastLines().isEmpty() ? ""
                    : ": " + String.join(" / ", summary.lastLines().subList(
                            Math.max(0, summary.lastLines().size() - 3), summary.lastLines().size()));
            add(VerifyCheck.notMade("", "the verify run", summary.message() + last, "", project));
        }
        synchronized (this) {
            return new VerifyReport(checks, summary, runFolder);
        }
    }
}
