package io.eswizard.ui.pages.run;

import io.eswizard.ansible.FileDiff;
import io.eswizard.ansible.HostState;
import io.eswizard.ansible.PreflightReport;
import io.eswizard.ansible.RunModel;
import io.eswizard.ansible.RunProgress;
import io.eswizard.ansible.RunSummary;
import io.eswizard.ansible.TaskNames;
import io.eswizard.ansible.TaskResult;
import java.util.List;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;

/**
 * What the Run page shows of the latest run or preflight: each machine's state, the failures, the
 * files it changed and its progress. Changed on the FX thread only; needs no FX toolkit.
 */
final class RunDisplay {

    final ObservableMap<String, HostState> hostStates = FXCollections.observableHashMap();
    final ObservableList<String> hosts = FXCollections.observableArrayList();
    final ObservableList<TaskResult> failures = FXCollections.observableArrayList();
    final ObservableList<FileDiff> diffs = FXCollections.observableArrayList();
    final DoubleProperty progress = new SimpleDoubleProperty(0);
    final StringProperty currentTask = new SimpleStringProperty("");
    final StringProperty elapsed = new SimpleStringProperty("");

    /** These machines, each waiting; no failure, change or progress. */
    void reset(List<String> expected) {
        failures.clear();
        diffs.clear();
        showWaiting(expected);
        progress.set(0);
        currentTask.set("");
        elapsed.set("");
    }

    /** These machines, each waiting; the rest as it is. */
    void showWaiting(List<String> names) {
        hostStates.clear();
        hosts.setAll(names);
        names.forEach(h -> hostStates.put(h, HostState.WAITING));
    }

    /** A preflight's findings: each machine's state, the failed checks with what to do. */
    void showPreflight(List<String> names, PreflightReport report) {
        reset(names);
        failures.setAll(report.asFailures());
        report.hostStates().forEach(this::put);
    }

    /** The run's progress as its model says, machine by machine. */
    void follow(RunModel model) {
        RunProgress p = model.progress();
        progress.set(p.fraction() < 0 ? -1 : p.fraction());
        currentTask.set(p.currentTask());
        elapsed.set(Elapsed.format(p.elapsed()));
        model.hostStates().forEach((host, state) -> {
            if (hostStates.get(host) != state) {
                put(host, state);
            }
        });
        if (model.failureCount() != failures.size()) {
            failures.setAll(model.failures());
        }
    }

    /** The ended run: the files it changed, each machine's last state, full progress if it succeeded. */
    void finish(RunSummary s, RunModel model) {
        if (model != null) {
            diffs.setAll(model.diffs());
            hostStates.putAll(model.hostStates());
        }
        progress.set(s.outcome() == RunSummary.Outcome.SUCCEEDED ? 1 : Math.max(0, progress.get()));
        currentTask.set("");
    }

    /** " Failed: store-2 (Become root), publisher-1 (Check the ES home)." for the status line; empty for none. */
    String failedWhere() {
        if (failures.isEmpty()) {
            return "";
        }
        List<String> where = failures.stream().limit(4).map(f -> f.host() + " (" + TaskNames.name(f.task()) + ")")
                .distinct().toList();
        return " Failed: " + String.join(", ", where) + (failures.size() > where.size() ? ", …" : "")
                + ". See Failures.";
    }

    private void put(String host, HostState state) {
        if (!hosts.contains(host)) {
            hosts.add(host);
        }
        hostStates.put(host, state);
    }
}
