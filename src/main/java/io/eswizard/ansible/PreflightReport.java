package io.eswizard.ansible;

import java.util.List;

/** All preflight findings, controller first, then host by host. */
public record PreflightReport(List<PreflightCheck> checks) {

    public PreflightReport {
        checks = List.copyOf(checks);
    }

    public boolean passed() {
        return checks.stream().allMatch(PreflightCheck::ok);
    }

    public List<PreflightCheck> failures() {
        return checks.stream().filter(c -> !c.ok()).toList();
    }
}
