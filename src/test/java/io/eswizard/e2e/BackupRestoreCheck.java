package io.eswizard.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.eswizard.cli.EsWizardCli;
import io.eswizard.model.ClusterProject;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the sandbox and the lab check of database backups: back up with the command line, read the
 * manifest on the database machine and each dump's sha256, change a registry row, restore, and find
 * the row as it was; the nodes come back and verify passes.
 */
final class BackupRestoreCheck {

    /** Where the playbook keeps a project's backups (es_backup_root; the lab shares this file system). */
    static final Path BACKUPS = Path.of("/var/backups/es-cluster-wizard");
    private static final Pattern BACKUP_LINE = Pattern.compile("(?m)^Backup ([0-9]{8}-[0-9]{6}): ");
    private static final String ROW = "/_system/governance/esw-backup-check";

    private BackupRestoreCheck() {
    }

    static void run(ClusterProject project, Path projectFile, Path secrets, LabDatabase.Sql sql) throws Exception {
        String reg = "`" + project.database().registryDatabase().replace("`", "``") + "`";
        sql(sql, "INSERT INTO " + reg + ".REG_PATH (REG_PATH_VALUE, REG_TENANT_ID) VALUES ('" + ROW + "', -1234)");
        List<String> before = paths(sql, reg);
        assertTrue(before.contains(ROW), before.toString());

        String backup = cli(0, "backup", projectFile.toString(), "--secrets-file", secrets.toString());
        Matcher m = BACKUP_LINE.matcher(backup);
        assertTrue(m.find(), backup);
        String id = m.group(1);
        Path folder = BACKUPS.resolve(stem(project.name())).resolve(id);
        checkManifest(project, folder, id);

        sql(sql, "UPDATE " + reg + ".REG_PATH SET REG_PATH_VALUE = '/_system/changed' WHERE REG_PATH_VALUE = '"
                + ROW + "'; INSERT INTO " + reg + ".REG_PATH (REG_PATH_VALUE, REG_TENANT_ID) VALUES ('/after', -1234)");
        assertTrue(!paths(sql, reg).contains(ROW));

        String list = cli(0, "backups", projectFile.toString(), "--secrets-file", secrets.toString());
        assertTrue(list.lines().anyMatch(l -> l.startsWith(id + "  ") && l.endsWith("asked for")), list);

        cli(0, "restore", projectFile.toString(), "--backup", id, "--secrets-file", secrets.toString());
        assertEquals(before, paths(sql, reg), "the registry rows as at the backup");

        VerifyCli v = VerifyCli.run(projectFile, secrets);
        assertEquals(0, v.exitCode(), v.all());
    }

    /** The manifest names each database once with its dump's real size and sha256; all root's alone. */
    private static void checkManifest(ClusterProject project, Path folder, String id) throws Exception {
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(folder)));
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(folder.getParent())));
        JsonNode manifest = new ObjectMapper().readTree(folder.resolve("manifest.json").toFile());
        assertEquals(id, manifest.path("id").asText());
        assertEquals("asked for", manifest.path("reason").asText());
        List<String> names = new ArrayList<>();
        long total = 0;
        for (JsonNode d : manifest.path("databases")) {
            names.add(d.path("name").asText());
            Path dump = folder.resolve(d.path("file").asText());
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(dump)), dump.toString());
            assertEquals(Files.size(dump), d.path("size").asLong(), dump.toString());
            assertEquals(sha256(dump), d.path("sha256").asText(), dump.toString());
            total += Files.size(dump);
        }
        assertEquals(new ArrayList<>(new LinkedHashSet<>(List.of(project.database().registryDatabase(),
                project.database().userStoreDatabase(), project.database().socialDatabase()))), names);
        assertEquals(total, manifest.path("size").asLong());
    }

    private static List<String> paths(LabDatabase.Sql sql, String reg) throws Exception {
        String out = sql(sql, "SELECT REG_PATH_VALUE FROM " + reg + ".REG_PATH ORDER BY REG_PATH_ID");
        return out.isBlank() ? List.of() : List.of(out.strip().split("\n"));
    }

    private static String sql(LabDatabase.Sql sql, String text) throws Exception {
        Lab.Result r = sql.run(text);
        assertEquals(0, r.exitCode(), text + ": " + r.output());
        return r.output();
    }

    /** es_cluster_stem: the project name as it may appear in file names. */
    static String stem(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_.-]", "_");
    }

    private static String cli(int code, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = EsWizardCli.run(new PrintWriter(out), new PrintWriter(err), args);
        String all = out + "\n" + err;
        String[] lines = all.split("\n");
        assertEquals(code, exit, () -> String.join(" ", args) + "\n"
                + String.join("\n", List.of(lines).subList(Math.max(0, lines.length - 80), lines.length)));
        return out.toString();
    }

    private static String sha256(Path file) throws Exception {
        MessageDigest md = MessageDigest.getInstance("SHA-256");
        try (InputStream in = Files.newInputStream(file)) {
            md.update(in.readAllBytes());
        }
        return HexFormat.of().formatHex(md.digest());
    }
}
