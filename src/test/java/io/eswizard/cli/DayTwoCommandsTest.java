package io.eswizard.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.eswizard.ansible.RunHistory;
import io.eswizard.generate.UnsafeTagYaml;
import io.eswizard.model.ProjectDefaults;
import io.eswizard.project.ProjectFiles;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** teardown, rollback and run --rolling-restart as a script calls them, against a fake ansible-playbook. */
class DayTwoCommandsTest {

    @TempDir
    Path dir;
    Path project;
    Path secrets;
    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();

    @BeforeEach
    void project() throws Exception {
        project = dir.resolve("shop.yaml");
        ProjectFiles.save(project, ProjectDefaults.localSandbox("shop", 1, 1, dir.resolve("sandbox"), true));
        secrets = Files.createFile(dir.resolve("secrets.yaml"),
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        Files.writeString(secrets, "databasePassword: \"Day-two-password\"\n");
    }

    private int cli(String... args) throws Exception {
        Path fake = Path.of(getClass().getResource("/fake-ansible/leaky.sh").toURI());
        Files.setPosixFilePermissions(fake, PosixFilePermissions.fromString("rwxr-xr-x"));
        List<String> all = new java.util.ArrayList<>(List.of(args));
        all.addAll(List.of("--secrets-file", secrets.toString(), "--ansible-playbook", fake.toString()));
        return EsWizardCli.run(new PrintWriter(out), new PrintWriter(err), all.toArray(String[]::new));
    }

    private Path onlyRun() throws Exception {
        List<RunHistory.PastRun> runs = RunHistory.ofProject(dir).list();
        assertEquals(1, runs.size());
        return runs.get(0).folder();
    }

    @Test
    void teardownRunsOnlyWhenConfirmedWithTheProjectsNameAndPassesTheFlags() throws Exception {
        assertEquals(EsWizardCli.USAGE_OR_UNREADABLE, cli("teardown", project.toString(), "--confirm", "Shop"));
        assertTrue(err.toString().contains("--confirm Shop is not the project's name 'shop'"), err.toString());
        assertEquals(List.of(), RunHistory.ofProject(dir).list(), "nothing ran");

        assertEquals(2, cli("teardown", project.toString(), "--confirm", "shop", "--drop-databases",
                "--remove-packages", "--no-backup"), err.toString());
        Path run = onlyRun();
        assertEquals("teardown.yml", Files.readAllLines(run.resolve("argv.txt")).get(2));
        Map<String, Object> vars = UnsafeTagYaml.create().load(Files.readString(
                run.resolve("inventory/group_vars/all/operation.yml")));
        assertEquals(Map.of("es_teardown_drop_databases", true, "es_teardown_remove_packages", true), vars);
        assertEquals("teardown.yml", RunHistory.ofProject(dir).list().get(0).summary().orElseThrow().playbook());
    }

    @Test
    void aRollingRestartRunsItsPlaybookAndTakesNoCheckOrLimit() throws Exception {
        assertEquals(EsWizardCli.USAGE_OR_UNREADABLE, cli("run", project.toString(), "--rolling-restart", "--check"));
        assertTrue(err.toString().contains("--rolling-restart restarts every node"), err.toString());
        assertEquals(2, cli("run", project.toString(), "--rolling-restart"));
        assertEquals(List.of("-i", "inventory/hosts.yml", "rolling_restart.yml", "-e"),
                Files.readAllLines(onlyRun().resolve("argv.txt")).subList(0, 4));
    }

    @Test
    void aRollbackOfAnUnknownRunSaysWhereTheRunsAre() throws Exception {
        assertEquals(EsWizardCli.USAGE_OR_UNREADABLE, cli("rollback", project.toString(), "--run", "20990101-000000-000"));
        assertTrue(err.toString().contains("There is no run 20990101-000000-000"), err.toString());
        assertFalse(err.toString().contains("Exception"), err.toString());
    }
}
