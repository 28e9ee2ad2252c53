package io.eswizard.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.eswizard.ansible.CheckResult;
import io.eswizard.ansible.EventParser;
import io.eswizard.ansible.RunEvent;
import io.eswizard.ansible.RunMode;
import io.eswizard.ansible.RunModel;
import io.eswizard.ansible.RunSummary;
import io.eswizard.model.ClusterProject;
import io.eswizard.model.ProjectDefaults;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The checks of a verify run, read from its event lines as the runner hands them over. */
class VerifyCollectorTest {

    private final ClusterProject project = ProjectDefaults.localSandbox("demo", 2, 2, Path.of("/srv/sb"), true);
    private final List<VerifyCheck> streamed = new ArrayList<>();
    private final VerifyCollector collector = new VerifyCollector(project, streamed::add);
    private final EventParser parser = new EventParser();
    private final RunModel model = new RunModel(0);

    private void feed(String line) {
        for (RunEvent e : parser.parse(line)) {
            model.apply(e);
            collector.onEvent(e, model);
        }
    }

    private static String result(String event, String taskId, String host, String fields) {
        return "{\"_event\":\"" + event + "\",\"task\":{\"id\":\"" + taskId + "\",\"name\":\"Task " + taskId + "\"},"
                + "\"hosts\":{\"" + host + "\":{" + fields + "}}}";
    }

    private static String check(String target, boolean ok, String cause, String field) {
        return "{\"check\":\"c\",\"target\":\"" + target + "\",\"what\":\"about " + target + "\",\"ok\":" + ok
                + ",\"cause\":\"" + cause + "\",\"field\":\"" + field + "\"}";
    }

    private static RunSummary ended(int exitCode, boolean cancelled, String... lastLines) {
        return new RunSummary("s", "e", RunMode.APPLY, List.of(), exitCode, cancelled,
                exitCode == 0 ? RunSummary.Outcome.SUCCEEDED : RunSummary.Outcome.FAILED, Map.of(), 7,
                List.of(lastLines), "ended with " + exitCode, "verify.yml");
    }

    @Test
    void checksComeAsTheyArriveWithTheirSettingInProjectTermsAndWizardWords() {
        feed(result("v2_runner_on_ok", "t1", "store-1", "\"esw_checks\":[" + check("store-1", true, "", "") + "]"));
        feed(result("v2_runner_on_failed", "t2", "store-2", "\"msg\":\"x\",\"esw_checks\":["
                + check("store-2", false, "sees 3 of 4", "nodes[store-2].memberPort") + "]"));
        feed(result("v2_runner_on_failed", "s", "localhost", "\"msg\":\"1 of 2 failed\",\"esw_checks\":[]"));
        assertEquals(2, streamed.size(), "each check reaches the listener at once");

        VerifyReport report = collector.report(ended(2, false), Path.of("/runs/1"));
        assertEquals(streamed, report.checks(), "a failed task that reported its checks adds nothing");
        assertFalse(report.passed());
        VerifyCheck failed = report.failed().get(0);
        assertEquals("nodes[3].memberPort", failed.fieldPath());
        assertEquals("Nodes › store-2 › Member port", failed.fieldLabel());
        assertEquals("sees 3 of 4", failed.cause());
        assertEquals(VerifyCheck.of(new CheckResult("c", "store-2", "store-2", "about store-2", false, "sees 3 of 4",
                "nodes[store-2].memberPort"), project), failed);
    }

    @Test
    void aRunWhoseChecksAllPassedPasses() {
        feed(result("v2_runner_on_ok", "t1", "store-1", "\"esw_checks\":[" + check("store-1", true, "", "") + "]"));
        feed(result("v2_runner_on_ok", "s", "localhost", "\"esw_checks\":[]"));
        VerifyReport report = collector.report(ended(0, false), Path.of("/runs/1"));
        assertTrue(report.passed());
        assertEquals(1, report.checks().size());
    }

    @Test
    void aCheckTaskThatFailedWithoutReportingAndAnUnreachableHostBecomeFailedChecks() {
        feed(result("v2_runner_on_failed", "t1", "store-1", "\"msg\":\"MODULE FAILURE\",\"module_stderr\":\"boom\""));
        feed(result("v2_runner_on_unreachable", "t1", "publisher-2", "\"msg\":\"ssh: connect refused\""));
        feed(result("v2_runner_on_skipped", "t3", "identity-server", ""));
        VerifyReport report = collector.report(ended(4, false), Path.of("/runs/1"));

        assertEquals(2, report.failed().size());
        VerifyCheck module = report.failed().get(0);
        assertEquals(List.of(VerifyCheck.NOT_MADE, "store-1", "Task t1", ""),
                List.of(module.check(), module.target(), module.what(), module.fieldPath()));
        assertTrue(module.cause().contains("MODULE FAILURE"), module.cause());
        VerifyCheck unreachable = report.failed().get(1);
        assertEquals("Ansible reaches publisher-2", unreachable.what());
        assertEquals("Nodes › publisher-2 › Address", unreachable.fieldLabel());
        assertTrue(unreachable.cause().contains("ssh: connect refused"), unreachable.cause());
        assertEquals(report.checks(), streamed, "the listener hears of these too");
    }

    @Test
    void aRunThatCheckedNothingFailsWithItsLastLines() {
        feed("ERROR! the playbook: verify.yml could not be found");
        VerifyReport report = collector.report(ended(1, false, "a", "ERROR! the playbook: verify.yml could not be found"),
                Path.of("/runs/1"));
        assertFalse(report.passed());
        assertEquals(1, report.checks().size());
        assertTrue(report.checks().get(0).cause().contains("could not be found"), report.checks().get(0).cause());
    }

    @Test
    void aCancelledRunFailsEvenWhenEveryCheckSoFarPassed() {
        feed(result("v2_runner_on_ok", "t1", "store-1", "\"esw_checks\":[" + check("store-1", true, "", "") + "]"));
        VerifyReport report = collector.report(ended(-1, true), Path.of("/runs/1"));
        assertFalse(report.passed());
        assertEquals("it was cancelled", report.failed().get(0).cause());
    }
}
