package io.eswizard.ansible;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Estimates how many tasks a run will start, for the progress bar: {@code ansible-playbook
 * --list-tasks} (static tasks only: dynamic includes and handlers are not listed) or, better,
 * what the previous run of the same project started.
 */
public final class PlannedTasks {

    private static final long TIMEOUT_SECONDS = 60;

    private PlannedTasks() {
    }

    /** The estimate from --list-tasks, or 0 when it cannot be had (no secrets are passed). */
    public static int listTasks(AnsibleTools tools, RunRequest request) {
        try {
            List<String> command = new ArrayList<>(PlaybookRunner.command(tools.requirePlaybook(), request, null));
            command.add("--list-tasks");
            Process p = ChildSupervisor.processBuilder(command, request.runFolder(), List.of()).start();
            String out;
            try (InputStream in = p.getInputStream()) {
                out = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS) || p.exitValue() != 0) {
                ProcessTree.destroy(p, 1_000);
                return 0;
            }
            return count(out);
        } catch (AnsibleNotFoundException | IOException e) {
            return 0;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 0;
        }
    }

    /** Counts the task lines: those indented under a "tasks:" line. */
    static int count(String listTasksOutput) {
        int count = 0;
        boolean inTasks = false;
        for (String line : listTasksOutput.split("\n")) {
            String t = line.strip();
            if (t.equals("tasks:")) {
                inTasks = true;
            } else if (t.isEmpty() || t.startsWith("play #")) {
                inTasks = false;
            } else if (inTasks) {
                count++;
            }
        }
        return count;
    }

    /** Prefers the previous run's count (it includes dynamic tasks), else --list-tasks. */
    public static int estimate(AnsibleTools tools, RunRequest request, RunHistory history) {
        try {
            var latest = history.latest(request.playbook());
            if (latest.isPresent() && latest.get().summary().orElseThrow().limit().isEmpty()
                    && latest.get().summary().get().tasksStarted() > 0
                    && latest.get().summary().get().outcome() == RunSummary.Outcome.SUCCEEDED) {
                return latest.get().summary().get().tasksStarted();
            }
        } catch (IOException e) {
            // No usable history: ask Ansible.
        }
        return listTasks(tools, request);
    }
}
