package io.eswizard.ansible;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.eswizard.model.ClusterProject;
import io.eswizard.model.ProjectDefaults;
import io.eswizard.project.ProjectFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The plan a run shows before it changes servers: machines, files from the dry run, restarts, the preflight. */
class RunPlansTest {

    @TempDir
    Path dir;

    final ClusterProject project = ProjectDefaults.reference("Shop", 2, 2);

    RunHistory history() {
        return new RunHistory(dir.resolve(RunHistory.RUNS_FOLDER));
    }

    static PreflightReport report(boolean ok) {
        return new PreflightReport(List.of(new PreflightCheck("publisher-1", "reachable", true, "SSH answers", ""),
                new PreflightCheck("store-1", "ES_HOME", ok, ok ? "" : "/opt/wso2es-2.1.0 missing",
                        ok ? "" : "Install ES there.")));
    }

    @Test
    void aRunWithNoHistoryListsEveryMachineAndWarnsThatNoPreflightRan() throws Exception {
        RunPlan plan = RunPlans.of(project, new Operation.Apply(RunMode.APPLY, List.of()), history());
        assertEquals(List.of("database", "publisher-1", "publisher-2", "store-1", "store-2", "identity-server",
                "load-balancer"), plan.machines().stream().map(RunPlan.Machine::host).toList());
        assertEquals(PreflightRecord.Status.NEVER_RUN, plan.preflight());
        assertFalse(plan.preflightPassed());
        assertTrue(plan.files().isEmpty());
        assertTrue(plan.filesNote().startsWith("not known yet: Dry run lists them"), plan.filesNote());
        RunPlan.Machine db = plan.machines().get(0);
        assertEquals("database", db.label(), "no address typed yet");
        assertTrue(db.actions().contains("installs MariaDB"), db.actions().toString());
        assertTrue(plan.machines().get(1).actions().get(0).startsWith("configures ES in /opt/wso2es-2.1.0 as a "
                + "publisher"), plan.machines().get(1).actions().toString());
        String text = plan.text();
        assertTrue(text.startsWith("Run: change 7 machines?\n"), text);
        assertTrue(text.contains("\nWarning: Preflight has not run for this project."), text);
    }

    @Test
    void aPassedPreflightCountsUntilTheProjectChanges() throws Exception {
        PreflightRecord.write(history(), project, report(true), List.of(), Instant.now());
        assertEquals(PreflightRecord.Status.PASSED, PreflightRecord.status(history(), project));
        RunPlan plan = RunPlans.of(project, new Operation.RollingRestart(), history());
        assertTrue(plan.preflightPassed());
        assertEquals("", plan.preflightWarning());
        assertFalse(plan.text().contains("Warning"), plan.text());
        assertEquals(4, plan.machines().size(), "a rolling restart touches the nodes only");

        ClusterProject renamed = new ClusterProject("Shop cluster", project.connection(), project.database(),
                project.nodes(), project.clustering(), project.hostNames(), project.sso(), project.loadBalancer(),
                project.packs());
        assertEquals(PreflightRecord.Status.CHANGED_SINCE, PreflightRecord.status(history(), renamed));

        PreflightRecord.write(history(), project, report(false), List.of(), Instant.now());
        assertEquals(PreflightRecord.Status.FAILED, PreflightRecord.status(history(), project), "the latest counts");
    }

    @Test
    void thePreflightIsInTheHistoryWithItsOutcomeInWords() throws Exception {
        Path folder = PreflightRecord.write(history(), project, report(false), List.of(), Instant.now());
        RunHistory.PastRun past = history().list().get(0);
        assertEquals(folder, past.folder());
        RunSummary s = past.summary().orElseThrow();
        assertEquals(PreflightRecord.PLAYBOOK, s.playbook());
        assertEquals(RunSummary.Outcome.FAILED, s.outcome());
        assertEquals("Preflight: 1 check failed: ES_HOME on store-1. See Failures for what to do.", s.message());
        assertTrue(s.hostsToRetry().isEmpty(), "nothing to retry from a preflight");
        assertEquals(project, ProjectFiles.load(folder.resolve(RunHistory.PROJECT_SNAPSHOT)));
        assertTrue(Files.readString(folder.resolve(RunSummary.LOG_FILE)).contains("what to do: Install ES there."));
        assertTrue(history().lastApplied().isEmpty(), "a preflight applies nothing");
    }

    @Test
    void theFilesComeFromTheDryRunOfTheProjectAsItIs() throws Exception {
        Path dry = dryRun(project);
        RunPlan plan = RunPlans.of(project, new Operation.Apply(RunMode.APPLY, List.of()), history());
        assertEquals(List.of("publisher-1: /opt/wso2es-2.1.0/repository/conf/carbon.xml",
                "load-balancer: /etc/nginx/conf.d/es.conf"), plan.files());
        assertTrue(plan.filesNote().startsWith("2 files, from the dry run " + dry.getFileName()), plan.filesNote());
        assertTrue(plan.text().contains("\n  publisher-1: /opt/wso2es-2.1.0/repository/conf/carbon.xml\n"));

        RunPlan limited = RunPlans.of(project, new Operation.Apply(RunMode.APPLY, List.of("load-balancer")),
                history());
        assertEquals(List.of("load-balancer"), limited.machines().stream().map(RunPlan.Machine::host).toList());
        assertEquals(List.of("load-balancer: /etc/nginx/conf.d/es.conf"), limited.files());

        ClusterProject changed = ProjectDefaults.reference("Shop", 2, 3);
        assertTrue(RunPlans.of(changed, new Operation.Apply(RunMode.APPLY, List.of()), history()).files().isEmpty(),
                "a dry run of other settings says nothing about these");
    }

    @Test
    void aRollbackListsTheFilesItPutsBack() throws Exception {
        RunPlan plan = RunPlans.of(project, new Operation.Rollback("20261208-101500-123", List.of(
                new FileBackup("store-2", "/opt/es/carbon.xml", "/opt/es/carbon.xml.1.bak"))), history());
        assertEquals(List.of("store-2"), plan.machines().stream().map(RunPlan.Machine::host).toList());
        assertEquals(List.of("store-2: /opt/es/carbon.xml"), plan.files());
        assertTrue(plan.question().startsWith("Rollback of run 20261208-101500-123: change 1 machine?"));
    }

    @Test
    void aTeardownSaysWhatGoesAndWhatStays() throws Exception {
        RunPlan plan = RunPlans.of(project, new Operation.Teardown(true, false), history());
        assertTrue(plan.machines().get(0).actions().contains("drops the ES databases, with all their data"));
        assertTrue(plan.machines().get(1).actions().get(0).contains("ES_HOME stays"));
    }

    private Path dryRun(ClusterProject p) throws Exception {
        Path folder = history().newRunFolder();
        ProjectFiles.save(folder.resolve(RunHistory.PROJECT_SNAPSHOT), p);
        String carbon = "{\"_event\":\"v2_runner_on_ok\",\"task\":{\"name\":\"es_node : Edit carbon.xml\"},"
                + "\"hosts\":{\"publisher-1\":{\"changed\":true,\"path\":\"/opt/wso2es-2.1.0/repository/conf/"
                + "carbon.xml\",\"diff\":{\"before\":\"<a/>\",\"after\":\"<b/>\"}}}}";
        String same = "{\"_event\":\"v2_runner_on_ok\",\"task\":{\"name\":\"es_node : Copy\"},"
                + "\"hosts\":{\"store-1\":{\"changed\":false,\"dest\":\"/x\",\"diff\":{\"before\":\"a\",\"after\":\"a\"}}}}";
        String nginx = "{\"_event\":\"v2_runner_on_ok\",\"task\":{\"name\":\"es_nginx : Site\"},"
                + "\"hosts\":{\"load-balancer\":{\"changed\":true,\"dest\":\"/etc/nginx/conf.d/es.conf\","
                + "\"diff\":{\"before\":\"\",\"after\":\"server {}\"}}}}";
        Files.write(folder.resolve(RunSummary.EVENTS_FILE), List.of(carbon, same, nginx, carbon));
        new RunSummary("2026-12-08T01:00:00Z", "2026-12-08T01:01:00Z", RunMode.CHECK, List.of(), 0, false,
                RunSummary.Outcome.SUCCEEDED, Map.of(), 3, List.of(), "Finished without errors.",
                RunRequest.DEFAULT_PLAYBOOK).writeTo(folder);
        return folder;
    }
}
