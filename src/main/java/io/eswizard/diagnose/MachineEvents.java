package io.eswizard.diagnose;

import io.eswizard.ansible.ResultStatus;
import io.eswizard.ansible.RunEvent;
import io.eswizard.ansible.RunListener;
import io.eswizard.ansible.RunModel;
import io.eswizard.ansible.RunSummary;
import io.eswizard.ansible.TaskResult;
import java.util.LinkedHashMap;
import java.util.Map;

/** Notes why a host dropped out of the gathering (unreachable, a failed task), and passes every event on. */
final class MachineEvents implements RunListener {

    private final RunListener next;
    private final Map<String, String> problems = new LinkedHashMap<>();

    MachineEvents(RunListener next) {
        this.next = next;
    }

    @Override
    public void onEvent(RunEvent event, RunModel model) {
        if (event instanceof RunEvent.HostResult hr && hr.result().status().isProblem() && !hr.result().isItem()) {
            TaskResult r = hr.result();
            String why = (r.status() == ResultStatus.UNREACHABLE ? "unreachable" : "failed at \"" + r.task() + "\"")
                    + (r.error().isBlank() ? "" : ": " + r.error().strip());
            synchronized (this) {
                problems.putIfAbsent(r.host(), why);
            }
        }
        next.onEvent(event, model);
    }

    @Override
    public void onLine(String line) {
        next.onLine(line);
    }

    @Override
    public void onFinished(RunSummary summary) {
        next.onFinished(summary);
    }

    synchronized Map<String, String> problems() {
        return new LinkedHashMap<>(problems);
    }
}
