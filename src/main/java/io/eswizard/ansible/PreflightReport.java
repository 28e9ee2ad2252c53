package io.eswizard.ansible;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** All preflight findings, controller first, then host by host. */
public record PreflightReport(List<PreflightCheck> checks) {

    /** The task name of a failed check shown as a failure: "preflight : ES_HOME" (role "preflight"). */
    public static final String ROLE = "preflight";

    public PreflightReport {
        checks = List.copyOf(checks);
    }

    public boolean passed() {
        return checks.stream().allMatch(PreflightCheck::ok);
    }

    public List<PreflightCheck> failures() {
        return checks.stream().filter(c -> !c.ok()).toList();
    }

    /**
     * Each cluster machine's state after the checks: unreachable when SSH failed, failed when another
     * check did, else ok. This machine ({@link PreflightCheck#CONTROLLER}) is not one of them.
     */
    public Map<String, HostState> hostStates() {
        Map<String, HostState> states = new LinkedHashMap<>();
        for (PreflightCheck c : checks) {
            if (c.host().equals(PreflightCheck.CONTROLLER)) {
                continue;
            }
            HostState now = c.ok() ? HostState.OK : unreachable(c) ? HostState.UNREACHABLE : HostState.FAILED;
            states.merge(c.host(), now, PreflightReport::worse);
        }
        return states;
    }

    /** The failed checks as failures of a run: "what to do" follows the finding. */
    public List<TaskResult> asFailures() {
        return failures().stream().map(c -> new TaskResult(ROLE + "-" + c.check(), ROLE + " : " + c.check(), c.host(),
                unreachable(c) ? ResultStatus.UNREACHABLE : ResultStatus.FAILED, "",
                (c.detail().isBlank() ? "failed" : c.detail().strip())
                        + (c.remedy().isBlank() ? "" : "\nWhat to do: " + c.remedy()), List.of())).toList();
    }

    /** The outcome in words: which checks failed on which machines. */
    public String outcome() {
        List<PreflightCheck> failed = failures();
        if (failed.isEmpty()) {
            return "Preflight passed: every machine is ready.";
        }
        Map<String, List<String>> byCheck = new LinkedHashMap<>();
        failed.forEach(c -> byCheck.computeIfAbsent(c.check(), k -> new java.util.ArrayList<>()).add(c.host()));
        StringBuilder words = new StringBuilder("Preflight: " + failed.size() + (failed.size() == 1 ? " check"
                : " checks") + " failed: ");
        List<String> parts = new java.util.ArrayList<>();
        byCheck.forEach((check, hosts) -> parts.add(check + " on " + String.join(", ", hosts)));
        words.append(String.join("; ", parts)).append(". See Failures for what to do.");
        return words.toString();
    }

    private static boolean unreachable(PreflightCheck c) {
        return !c.ok() && PreflightCheckKind.fromTitle(c.check()) == PreflightCheckKind.REACHABLE;
    }

    private static HostState worse(HostState a, HostState b) {
        return rank(b) > rank(a) ? b : a;
    }

    private static int rank(HostState s) {
        return switch (s) {
            case UNREACHABLE -> 3;
            case FAILED -> 2;
            default -> 1;
        };
    }
}
