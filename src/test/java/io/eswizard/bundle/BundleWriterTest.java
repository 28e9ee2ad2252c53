package io.eswizard.bundle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.eswizard.generate.BundleFiles;
import io.eswizard.generate.InventoryGenerator;
import io.eswizard.model.ClusterProject;
import io.eswizard.model.DriverSource;
import io.eswizard.model.ProjectDefaults;
import io.eswizard.model.Secrets;
import io.eswizard.model.TlsMode;
import io.eswizard.model.field.Field;
import io.eswizard.model.field.FieldValues;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BundleWriterTest {

    @TempDir
    Path dir;

    private final ClusterProject project = ProjectDefaults.localSandbox("shop", 2, 2, Path.of("/srv/sb"), true);

    @Test
    void folderBundleHoldsPlaybookInventoryDriverAndReadme() throws Exception {
        Path out = dir.resolve("bundle");
        BundleWriter.export(project, out, BundleWriter.ExportOptions.plain(false, false));
        assertTrue(Files.isRegularFile(out.resolve("site.yml")));
        assertTrue(Files.isDirectory(out.resolve("roles")));
        // The run's output callback travels next to site.yml, where ansible-playbook finds it.
        assertTrue(Files.readString(out.resolve("callback_plugins/eswizard_events.py")).contains("DOCUMENTATION"));
        assertEquals(InventoryGenerator.generate(project).get(InventoryGenerator.INVENTORY),
                Files.readString(out.resolve(InventoryGenerator.INVENTORY)));
        String cfg = Files.readString(out.resolve("ansible.cfg"));
        assertTrue(cfg.contains("inventory = inventory/hosts.yml"), cfg);
        assertTrue(cfg.contains("roles_path = roles"), cfg);
        assertTrue(Files.size(out.resolve("files/" + BundleFiles.driverFileName(project))) > 100_000);
        assertTrue(Files.readString(out.resolve("README.md")).contains("ansible-playbook site.yml -e @secrets.yml"));
        assertTrue(Files.readString(out.resolve("secrets.example.yml")).contains("CHANGE-ME"));
        assertFalse(Files.exists(out.resolve(BundleContents.SECRETS_VAULT)));
        try (var s = Files.list(dir)) {
            assertEquals(List.of(out), s.toList(), "no temporary folder left behind");
        }
    }

    @Test
    void exportedAnsibleCfgKeepsOneSshConnectionPerHostForTheRun() throws Exception {
        Path out = dir.resolve("bundle");
        BundleWriter.export(project, out, BundleWriter.ExportOptions.plain(false, false));
        java.util.Map<String, String> ssh = section(Files.readAllLines(out.resolve("ansible.cfg")), "ssh_connection");
        assertEquals("True", ssh.get("pipelining"));
        List<String> args = List.of(ssh.getOrDefault("ssh_args", "").trim().split("\\s+"));
        assertTrue(args.contains("ControlMaster=auto"), args::toString);
        String persist = args.stream().filter(a -> a.startsWith("ControlPersist=")).findFirst().orElse("");
        assertTrue(persist.matches("ControlPersist=\\d+s") && Integer.parseInt(persist.replaceAll("\\D", "")) >= 300,
                "the connection outlives a rolling restart's waits: " + args);
    }

    /** The keys and values of one section of an INI file. */
    private static java.util.Map<String, String> section(List<String> lines, String name) {
        java.util.Map<String, String> values = new java.util.LinkedHashMap<>();
        boolean in = false;
        for (String line : lines) {
            String t = line.trim();
            if (t.startsWith("[")) {
                in = t.equals("[" + name + "]");
            } else if (in && !t.startsWith("#") && t.contains("=")) {
                values.put(t.substring(0, t.indexOf('=')).trim(), t.substring(t.indexOf('=') + 1).trim());
            }
        }
        return values;
    }

    @Test
    void vaultedSecretsAreEncryptedAndPrivate() throws Exception {
        Path out = dir.resolve("bundle");
        BundleWriter.export(project, out, new BundleWriter.ExportOptions(false, false,
                new Secrets("s3cret-db", ""), "vault-pw".toCharArray()));
        Path vault = out.resolve(BundleContents.SECRETS_VAULT);
        String text = Files.readString(vault);
        assertTrue(text.contains("es_cluster_db_password: !vault |\n  " + AnsibleVault.HEADER + "\n"), text);
        assertFalse(text.contains("s3cret-db"));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(vault)));
        assertFalse(Files.exists(out.resolve("secrets.example.yml")));
        assertTrue(Files.readString(out.resolve("README.md")).contains("--ask-vault-pass"));
    }

    @Test
    void nonEmptyTargetIsRefusedUnlessForced() throws Exception {
        Path out = dir.resolve("bundle");
        Files.createDirectories(out);
        Files.writeString(out.resolve("keep.txt"), "mine");
        BundleException e = assertThrows(BundleException.class,
                () -> BundleWriter.export(project, out, BundleWriter.ExportOptions.plain(false, false)));
        assertTrue(e.getMessage().contains("--force"), e.getMessage());
        assertTrue(Files.exists(out.resolve("keep.txt")));
        BundleWriter.export(project, out, BundleWriter.ExportOptions.plain(false, true));
        assertFalse(Files.exists(out.resolve("keep.txt")));
        assertTrue(Files.exists(out.resolve("site.yml")));
    }

    @Test
    void missingInputFileLeavesNothingBehind() throws Exception {
        ClusterProject p = FieldValues.write(Field.DRIVER_JAR,
                FieldValues.write(Field.DRIVER_SOURCE, project, DriverSource.FILE), dir.resolve("nope.jar").toString());
        Path out = dir.resolve("bundle");
        BundleException e = assertThrows(BundleException.class,
                () -> BundleWriter.export(p, out, BundleWriter.ExportOptions.plain(false, false)));
        assertTrue(e.getMessage().startsWith("database.driverJar:"), e.getMessage());
        try (var s = Files.list(dir)) {
            assertEquals(0, s.count());
        }
    }

    @Test
    void zipHoldsTheSameTreeUnderOneFolder() throws Exception {
        Path zip = dir.resolve("shop-bundle.zip");
        BundleWriter.export(project, zip, BundleWriter.ExportOptions.plain(true, false));
        List<String> names = new ArrayList<>();
        try (ZipFile z = new ZipFile(zip.toFile())) {
            z.stream().forEach(e -> names.add(e.getName()));
        }
        assertTrue(names.contains("shop-bundle/site.yml"), names.toString());
        assertTrue(names.contains("shop-bundle/" + InventoryGenerator.INVENTORY), names.toString());
        assertThrows(BundleException.class,
                () -> BundleWriter.export(project, zip, BundleWriter.ExportOptions.plain(true, false)));
    }

    @Test
    void runFolderHasTheTreeWithoutSecretsOrReadme() throws Exception {
        Path run = dir.resolve("run-1");
        BundleWriter.writeRunFolder(project, run);
        assertTrue(Files.exists(run.resolve("site.yml")));
        assertTrue(Files.exists(run.resolve(InventoryGenerator.INVENTORY)));
        assertTrue(Files.exists(run.resolve("callback_plugins/eswizard_events.py")));
        assertFalse(Files.exists(run.resolve("secrets.example.yml")));
        assertFalse(Files.exists(run.resolve("README.md")));
        assertFalse(Files.exists(run.resolve(BundleContents.SECRETS_VAULT)));
    }

    @Test
    void runFolderFilesListsWhatARunFolderHoldsWithoutWritingIt() throws Exception {
        Path run = dir.resolve("run-2");
        List<String> planned = BundleWriter.runFolderFiles(project);
        assertFalse(Files.exists(run));
        BundleWriter.writeRunFolder(project, run);
        List<String> written;
        try (var files = Files.walk(run)) {
            written = files.filter(Files::isRegularFile).map(f -> run.relativize(f).toString().replace('\\', '/'))
                    .sorted().toList();
        }
        assertEquals(written, planned.stream().sorted().toList());
        assertTrue(planned.contains("site.yml") && planned.contains(InventoryGenerator.INVENTORY), planned.toString());
    }
}
