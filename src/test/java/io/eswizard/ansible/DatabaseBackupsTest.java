package io.eswizard.ansible;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.eswizard.model.ClusterProject;
import io.eswizard.model.DatabaseSettings;
import io.eswizard.model.ProjectDefaults;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Backup ids and retention, manifests, the backups a run reports, fetched copies, and when a run backs up first. */
class DatabaseBackupsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SHA_A = "a".repeat(64);

    @TempDir
    Path dir;

    private final ClusterProject project = ProjectDefaults.localSandbox("shop", 1, 1, Path.of("/srv/sb"), true);

    static String manifest(String id, String reason, String sha, Object size) {
        return "{\"id\":\"" + id + "\",\"time\":\"2026-03-01T10:15:00Z\",\"reason\":\"" + reason + "\",\"project\":"
                + "\"shop\",\"size\":" + size + ",\"databases\":[{\"name\":\"WSO2REG_DB\",\"file\":\"WSO2REG_DB.sql\","
                + "\"size\":" + size + ",\"sha256\":\"" + sha + "\"}]}";
    }

    @Test
    void idsAreTheUtcTimeAndTheNewestNStay() {
        Clock clock = Clock.fixed(Instant.parse("2026-03-01T10:15:00Z"), ZoneId.of("Asia/Tokyo"));
        assertEquals("20260301-101500", BackupIds.now(clock));
        assertTrue(BackupIds.isValid("20260301-101500"));
        for (String bad : new String[] {"", "2026-03-01", "20260301-101500/..", "../20260301-101500", "x"}) {
            assertFalse(BackupIds.isValid(bad), bad);
        }
        List<String> names = List.of("20260103-000000", "lost+found", "20260101-000000", "20260104-000000",
                "20260102-000000");
        assertEquals(List.of("20260102-000000", "20260101-000000"), BackupIds.beyondNewest(names, 2));
        assertEquals(List.of(), BackupIds.beyondNewest(names, 4));
        assertEquals(List.of(), BackupIds.beyondNewest(List.of(), 1));
        IllegalArgumentException keep = assertThrows(IllegalArgumentException.class, () -> BackupIds.requireKeep(0));
        assertEquals("--keep 0: at least the newest backup stays; give 1 or more", keep.getMessage());
    }

    @Test
    void aManifestIsReadWithItsSizesAndChecksums() throws Exception {
        BackupManifest m = BackupManifest.of(JSON.readTree(manifest("20260301-101500", "before teardown", SHA_A,
                "\"1400000\"")));
        assertEquals("20260301-101500", m.id());
        assertEquals("before teardown", m.reason());
        assertEquals(1_400_000, m.size());
        assertEquals("1.4 MB", m.sizeText());
        assertEquals(List.of(new BackupManifest.Dump("WSO2REG_DB", "WSO2REG_DB.sql", 1_400_000, SHA_A)), m.databases());
        assertEquals("812 kB", BackupManifest.sizeText(812_000));
        assertEquals("96 B", BackupManifest.sizeText(96));
    }

    @Test
    void aBrokenManifestIsNamedWithItsField() throws Exception {
        assertEquals("manifest of backup 20260301-101500: databases[0].sha256 is not a sha256 in hex: 'zz'",
                assertThrows(IllegalArgumentException.class, () -> BackupManifest.of(JSON.readTree(
                        manifest("20260301-101500", "", "zz", 1)))).getMessage());
        assertEquals("manifest: id '../x' is not of the form yyyyMMdd-HHmmss",
                assertThrows(IllegalArgumentException.class, () -> BackupManifest.of(JSON.readTree(
                        manifest("../x", "", SHA_A, 1)))).getMessage());
        assertEquals("manifest of backup 20260301-101500: databases[0]: size is missing or not a whole number of bytes",
                assertThrows(IllegalArgumentException.class, () -> BackupManifest.of(JSON.readTree(
                        manifest("20260301-101500", "", SHA_A, -3)))).getMessage());
        assertEquals("a backup manifest is a JSON object, not array",
                assertThrows(IllegalArgumentException.class, () -> BackupManifest.of(JSON.readTree("[]"))).getMessage());
        assertEquals("manifest of backup 20260301-101500: databases is missing or empty",
                assertThrows(IllegalArgumentException.class, () -> BackupManifest.of(JSON.readTree(
                        "{\"id\":\"20260301-101500\",\"time\":\"t\",\"databases\":[]}"))).getMessage());
    }

    @Test
    void aRunReportsTheBackupItMadeOrTheOnesItListed() throws Exception {
        Path run = Files.createDirectories(dir.resolve("run"));
        Files.writeString(run.resolve(RunSummary.EVENTS_FILE), String.join("\n",
                "{\"_event\":\"v2_playbook_on_start\"}",
                "{\"_event\":\"v2_runner_on_ok\",\"hosts\":{\"database\":{\"esw_backups\":["
                        + manifest("20260302-000000", "b", SHA_A, 2) + "," + manifest("20260301-000000", "a", SHA_A, 1)
                        + "]}}}",
                "{\"_event\":\"v2_runner_on_skipped\",\"hosts\":{\"database\":{\"esw_backup\":"
                        + manifest("20260309-000000", "x", SHA_A, 1) + "}}}",
                "{\"_event\":\"v2_runner_on_ok\",\"hosts\":{\"database\":{\"esw_backup\":"
                        + manifest("20260303-000000", "c", SHA_A, 3) + "}}}") + "\n", StandardCharsets.UTF_8);
        assertEquals(List.of("20260301-000000", "20260302-000000", "20260303-000000"),
                RunManifests.of(run).stream().map(BackupManifest::id).toList());
        assertEquals(List.of(), RunManifests.of(dir.resolve("no-such-run")));
    }

    @Test
    void aFetchedCopyIsPrivateCheckedAndOnlyTheNewestStay() throws Exception {
        Path fetch = dir.resolve("copies");
        for (String old : List.of("20260101-000000", "20260102-000000")) {
            Files.createDirectories(fetch.resolve(old));
        }
        Path folder = FetchedBackups.prepare(fetch, "20260301-101500");
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(folder)));
        byte[] dump = "CREATE DATABASE x;\n".getBytes(StandardCharsets.UTF_8);
        Files.write(folder.resolve("WSO2REG_DB.sql"), dump);
        String sha = java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                .digest(dump));
        Files.writeString(folder.resolve("manifest.json"), manifest("20260301-101500", "r", sha, dump.length));

        BackupManifest m = FetchedBackups.finish(fetch, "20260301-101500", 2);

        assertEquals(dump.length, m.size());
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(
                folder.resolve("WSO2REG_DB.sql"))));
        assertEquals(List.of("20260102-000000", "20260301-101500"),
                Files.list(fetch).map(p -> p.getFileName().toString()).sorted().toList());

        Files.writeString(folder.resolve("WSO2REG_DB.sql"), "DROP DATABASE x;\n");
        java.io.IOException damaged = assertThrows(java.io.IOException.class,
                () -> FetchedBackups.finish(fetch, "20260301-101500", 2));
        assertTrue(damaged.getMessage().endsWith("WSO2REG_DB.sql: its sha256 is not the one in the manifest; "
                + "the copy is damaged"), damaged.getMessage());
    }

    @Test
    void teardownWithDropRollbackAndADatasourceChangeBackUpFirstUnlessTurnedOff() {
        Optional<ClusterProject> none = Optional.empty();
        Optional<ClusterProject> same = Optional.of(project);
        assertEquals(Optional.of("before teardown --drop-databases"),
                BackupFirst.reason(new Operation.Teardown(true, false), none, project));
        assertEquals(Optional.empty(), BackupFirst.reason(new Operation.Teardown(false, true), none, project));
        assertEquals(Optional.empty(), BackupFirst.reason(new Operation.Teardown(true, false, false), none, project));
        assertEquals(Optional.of("before rolling back run r1"),
                BackupFirst.reason(new Operation.Rollback("r1", List.of()), none, project));
        assertEquals(Optional.empty(),
                BackupFirst.reason(new Operation.Rollback("r1", List.of()).withBackupFirst(false), none, project));
        assertEquals(Optional.empty(), BackupFirst.reason(new Operation.RollingRestart(), same, project));

        // A run of site.yml: only when the datasources change from what the last full run set up.
        Operation apply = new Operation.Apply(RunMode.APPLY, List.of());
        assertEquals(Optional.empty(), BackupFirst.of(apply, none, project));
        assertEquals(Optional.empty(), BackupFirst.of(apply, same, project));
        DatabaseSettings d = project.database();
        ClusterProject renamed = project.withDatabase(new DatabaseSettings(d.host(), 3307, d.installServer(),
                d.adminAccess(), d.adminUser(), d.appUser(), d.allowAnyHost(), "NEWREG_DB", d.userStoreDatabase(),
                d.socialDatabase(), d.driverSource(), d.driverJar(), d.scriptsHome()));
        BackupFirst.Plan plan = BackupFirst.of(apply, same, renamed).orElseThrow();
        assertEquals("before a run that changes the datasources (port, registry database)", plan.reason());
        assertEquals(List.of("WSO2REG_DB", "WSO2USER_DB", "WSO2SOCIAL_DB", "NEWREG_DB"), plan.databases());
        assertEquals(Optional.of(plan), BackupFirst.of(new Operation.Apply(RunMode.CHECK, List.of()), same, renamed),
                "a dry run says what the backup would do");
        assertEquals(Optional.empty(), BackupFirst.of(new Operation.Apply(RunMode.APPLY, List.of(), false), same,
                renamed));
    }
}
