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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** backup, backups and restore as a script calls them, against a fake ansible-playbook. */
class BackupCommandsTest {

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
        Files.writeString(secrets, "databasePassword: \"Backup-password\"\n");
    }

    private int cli(String... args) throws Exception {
        Path fake = Path.of(getClass().getResource("/fake-ansible/backup.sh").toURI());
        Files.setPosixFilePermissions(fake, PosixFilePermissions.fromString("rwxr-xr-x"));
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--secrets-file", secrets.toString(), "--ansible-playbook", fake.toString()));
        return EsWizardCli.run(new PrintWriter(out), new PrintWriter(err), all.toArray(String[]::new));
    }

    private Path onlyRun() throws Exception {
        List<RunHistory.PastRun> runs = RunHistory.ofProject(dir).list();
        assertEquals(1, runs.size());
        return runs.get(0).folder();
    }

    private static Map<String, Object> operationVars(Path run) throws Exception {
        return UnsafeTagYaml.create().load(Files.readString(run.resolve("inventory/group_vars/all/operation.yml")));
    }

    @Test
    void aBackupPassesItsChoicesAndFetchesAPrivateCheckedCopy() throws Exception {
        Path copies = dir.resolve("copies");
        assertEquals(0, cli("backup", project.toString(), "--keep", "3", "--fetch", copies.toString(), "--reason",
                "before the upgrade"), out + "\n" + err);
        Path run = onlyRun();
        List<String> argv = Files.readAllLines(run.resolve("argv.txt"));
        assertEquals("backup.yml", argv.get(2));
        assertEquals("database", argv.get(argv.indexOf("--limit") + 1));
        Map<String, Object> vars = operationVars(run);
        String id = (String) vars.get("es_backup_id");
        assertTrue(id.matches("[0-9]{8}-[0-9]{6}"), id);
        assertEquals(Map.of("es_backup_id", id, "es_backup_reason", "before the upgrade", "es_backup_keep", 3,
                "es_backup_fetch_dir", copies.toAbsolutePath().toString()), vars);
        assertTrue(out.toString().contains("Backup " + id + ": WSO2REG_DB, 30 B"), out.toString());
        assertTrue(out.toString().contains("es-cluster-wizard restore " + project + " --backup " + id), out.toString());
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(
                copies.resolve(id).resolve("WSO2REG_DB.sql"))));
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(copies.resolve(id))));
    }

    @Test
    void theBackupsAreListedWithTimeSizeAndReason() throws Exception {
        assertEquals(0, cli("backups", project.toString()), err.toString());
        List<String> lines = out.toString().lines().toList();
        assertEquals(List.of("ID               TIME (UTC)                SIZE  REASON",
                "20260301-101500  2026-03-01T10:15:00Z    1.4 MB  before teardown --drop-databases",
                "20260302-090000  2026-03-01T10:15:00Z    812 kB  -"), lines);
        assertEquals("backups.yml", Files.readAllLines(onlyRun().resolve("argv.txt")).get(2));

        out.getBuffer().setLength(0);
        assertEquals(0, cli("backup", project.toString(), "--list"), err.toString());
        assertEquals(lines, out.toString().lines().toList());
    }

    @Test
    void aRestorePassesTheBackupsId() throws Exception {
        assertEquals(0, cli("restore", project.toString(), "--backup", "20260301-101500"), err.toString());
        Path run = onlyRun();
        assertEquals("restore.yml", Files.readAllLines(run.resolve("argv.txt")).get(2));
        assertEquals(Map.of("es_restore_id", "20260301-101500"), operationVars(run));
    }

    @Test
    void wrongUsageIsOneLineAndRunsNothing() throws Exception {
        assertEquals(EsWizardCli.USAGE_OR_UNREADABLE, cli("restore", project.toString(), "--backup", "../etc"));
        assertEquals("es-cluster-wizard restore: --backup: '../etc' is not a backup id: they look like "
                + "20260301-101500 (the backups command lists them)", err.toString().strip());
        err.getBuffer().setLength(0);
        assertEquals(EsWizardCli.USAGE_OR_UNREADABLE, cli("restore", project.toString()));
        assertTrue(err.toString().contains("Missing required option: '--backup=ID'"), err.toString());
        err.getBuffer().setLength(0);
        assertEquals(EsWizardCli.USAGE_OR_UNREADABLE, cli("backup", project.toString(), "--keep", "0"));
        assertEquals("es-cluster-wizard backup: --keep 0: at least the newest backup stays; give 1 or more",
                err.toString().strip());
        err.getBuffer().setLength(0);
        assertEquals(EsWizardCli.USAGE_OR_UNREADABLE, cli("backup", project.toString(), "--keep", "many"));
        assertTrue(err.toString().contains("'many' is not an int"), err.toString());
        err.getBuffer().setLength(0);
        assertEquals(EsWizardCli.USAGE_OR_UNREADABLE, cli("backup", project.toString(), "--list", "--fetch", "x"));
        assertEquals("es-cluster-wizard backup: --list lists the backups; it takes no --fetch", err.toString().strip());
        assertEquals(List.of(), RunHistory.ofProject(dir).list(), "nothing ran");
        assertFalse(err.toString().contains("Exception"), err.toString());
    }

    @Test
    void aRollbackAndATeardownThatDropsBackUpFirstUnlessTold() throws Exception {
        assertEquals(0, cli("teardown", project.toString(), "--confirm", "shop", "--drop-databases"), err.toString());
        Map<String, Object> vars = operationVars(onlyRun());
        assertEquals("before teardown --drop-databases", vars.get("es_backup_reason"));
    }
}
