package io.eswizard.ansible;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.eswizard.generate.InventoryGenerator;
import io.eswizard.generate.RetiredNodes;
import io.eswizard.generate.UnsafeTagYaml;
import io.eswizard.model.ClusterProject;
import io.eswizard.model.ProjectDefaults;
import io.eswizard.model.Secrets;
import io.eswizard.project.ProjectFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * How runs of the project are laid out for each operation: the project as the run saw it, the
 * nodes that left it since the last full run, the operation's choices, and which past run counts
 * as what is deployed.
 */
class ProjectRunsOperationsTest {

    @TempDir
    Path dir;

    private final ClusterProject project = ProjectDefaults.localSandbox("ops", 2, 3, Path.of("/srv/sb"), true);
    private final Secrets secrets = new Secrets("pw", "");

    private ProjectRuns runs() {
        return new ProjectRuns(AnsibleTools.onPath().withPlaybook(FakeAnsible.script("garbage.sh").toString()),
                dir.resolve("runs"));
    }

    @Test
    void eachRunKeepsTheProjectItSawAndAnOperationsChoicesArriveLiterally() throws Exception {
        RunRequest teardown = runs().prepare(project, secrets, new Operation.Teardown(true, false));
        assertEquals(Operation.Teardown.PLAYBOOK, teardown.playbook());
        assertEquals(project, ProjectFiles.load(teardown.runFolder().resolve(RunHistory.PROJECT_SNAPSHOT)));
        Map<String, Object> teardownVars = new java.util.HashMap<>(vars(teardown));
        assertTrue(BackupIds.isValid((String) teardownVars.remove("es_backup_id")), teardownVars::toString);
        assertEquals(Map.of("es_teardown_drop_databases", true, "es_teardown_remove_packages", false,
                "es_backup_reason", "before teardown --drop-databases"), teardownVars);
        assertEquals(Map.of("es_teardown_drop_databases", true, "es_teardown_remove_packages", false),
                vars(runs().prepare(project, secrets, new Operation.Teardown(true, false, false))), "--no-backup");

        FileBackup odd = new FileBackup("store-1", "/srv/{{ x }}/a.xml", "/srv/{{ x }}/a.xml.1.2024~");
        RunRequest rollback = runs().prepare(project, secrets, new Operation.Rollback("r1", List.of(odd), false));
        assertEquals(Map.of("es_rollback_files", List.of(Map.of("host", "store-1", "path", "/srv/{{ x }}/a.xml",
                "backup", "/srv/{{ x }}/a.xml.1.2024~"))), vars(rollback));
        assertTrue(Files.readString(rollback.runFolder().resolve(ProjectRuns.OPERATION_VARS)).contains("!unsafe"));

        RunRequest restart = runs().prepare(project, secrets, new Operation.RollingRestart());
        assertEquals(Operation.RollingRestart.PLAYBOOK, restart.playbook());
        assertFalse(Files.exists(restart.runFolder().resolve(ProjectRuns.OPERATION_VARS)));
    }

    @Test
    void theNodesThatLeftSinceTheLastFullRunAreInTheNextRunsInventory() throws Exception {
        ProjectRuns runs = runs();
        RunRequest first = runs.prepare(project, secrets, RunMode.APPLY, List.of());
        finish(first, RunSummary.Outcome.SUCCEEDED, List.of(), RunRequest.DEFAULT_PLAYBOOK);
        ClusterProject smaller = project.withNodes(project.nodes().subList(0, 4));

        // Later runs that do not count as deployed: a failed one, a limited one, a dry run, another playbook.
        finish(runs.prepare(smaller, secrets, RunMode.APPLY, List.of()), RunSummary.Outcome.FAILED, List.of(),
                RunRequest.DEFAULT_PLAYBOOK);
        finish(runs.prepare(smaller, secrets, RunMode.APPLY, List.of("store-1")), RunSummary.Outcome.SUCCEEDED,
                List.of("store-1"), RunRequest.DEFAULT_PLAYBOOK);
        finish(runs.prepare(smaller, secrets, new Operation.RollingRestart()), RunSummary.Outcome.SUCCEEDED,
                List.of(), Operation.RollingRestart.PLAYBOOK);
        assertEquals(project, runs.history().lastApplied().orElseThrow());

        RunRequest next = runs.prepare(smaller, secrets, RunMode.APPLY, List.of());
        assertEquals(RetiredNodes.inventoryFile(smaller, project),
                Files.readString(next.runFolder().resolve(InventoryGenerator.INVENTORY)));
        assertTrue(Files.readString(next.runFolder().resolve(InventoryGenerator.INVENTORY)).contains("retired-store-3"));

        finish(next, RunSummary.Outcome.SUCCEEDED, List.of(), RunRequest.DEFAULT_PLAYBOOK);
        RunRequest after = runs.prepare(smaller, secrets, RunMode.APPLY, List.of());
        assertEquals(InventoryGenerator.generate(smaller).files().get(InventoryGenerator.INVENTORY),
                Files.readString(after.runFolder().resolve(InventoryGenerator.INVENTORY)), "nothing left to retire");
    }

    @Test
    void aRollbackNeedsAFinishedRunThatChangedFilesOnHostsTheProjectStillHas() throws Exception {
        ProjectRuns runs = runs();
        assertThrows(IllegalArgumentException.class, () -> RollbackPlan.of(runs.history(), "nope", project));
        RunRequest dry = runs.prepare(project, secrets, RunMode.CHECK, List.of());
        finish(dry, RunSummary.Outcome.SUCCEEDED, List.of(), RunRequest.DEFAULT_PLAYBOOK);
        String name = dry.runFolder().getFileName().toString();
        assertTrue(assertThrows(IllegalArgumentException.class, () -> RollbackPlan.of(runs.history(), name, project))
                .getMessage().contains("dry run"));

        RunRequest applied = runs.prepare(project, secrets, RunMode.APPLY, List.of());
        finish(applied, RunSummary.Outcome.SUCCEEDED, List.of(), RunRequest.DEFAULT_PLAYBOOK);
        String id = applied.runFolder().getFileName().toString();
        assertTrue(assertThrows(IllegalArgumentException.class, () -> RollbackPlan.of(runs.history(), id, project))
                .getMessage().contains("nothing to put back"));

        Files.writeString(applied.runFolder().resolve(RunSummary.EVENTS_FILE), String.join("\n",
                okLine("store-3", "/srv/sb/store-3/wso2es-2.1.0/repository/conf/carbon.xml"),
                okLine("load-balancer", "/etc/nginx/conf.d/store.conf")) + "\n");
        Operation.Rollback plan = RollbackPlan.of(runs.history(), id, project);
        assertEquals(List.of("store-3", "load-balancer"), plan.files().stream().map(FileBackup::host).toList());

        ClusterProject withoutStore3 = project.withNodes(project.nodes().subList(0, 4));
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> RollbackPlan.of(runs.history(), id, withoutStore3)).getMessage().contains("store-3"));
    }

    private static String okLine(String host, String path) {
        return "{\"_event\":\"v2_runner_on_ok\",\"task\":{\"id\":\"t\",\"name\":\"edit\"},\"hosts\":{\"" + host
                + "\":{\"changed\":true,\"path\":\"" + path + "\",\"backup_file\":\"" + path + ".1~\"}}}";
    }

    private static void finish(RunRequest request, RunSummary.Outcome outcome, List<String> limit, String playbook)
            throws Exception {
        new RunSummary("s", "e", request.mode(), limit, outcome == RunSummary.Outcome.SUCCEEDED ? 0 : 2, false,
                outcome, Map.of(), 1, List.of(), "", playbook).writeTo(request.runFolder());
    }

    private static Map<String, Object> vars(RunRequest request) throws Exception {
        return UnsafeTagYaml.create().load(Files.readString(request.runFolder().resolve(ProjectRuns.OPERATION_VARS)));
    }
}
