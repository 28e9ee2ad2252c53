package io.eswizard.bundle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.eswizard.generate.BundleFiles;
import io.eswizard.generate.SecretsFile;
import io.eswizard.model.ClusterProject;
import io.eswizard.model.ProjectDefaults;
import io.eswizard.model.Secrets;
import io.eswizard.model.TlsMode;
import io.eswizard.model.field.Field;
import io.eswizard.model.field.FieldValues;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.AbstractConstruct;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Passwords and the TLS private key in exports and run folders: sealed with ansible-vault (each
 * password a vault value of its own, the key a vault file) when exported with a vault password,
 * left out without one, and in a run folder only for the run.
 */
class BundleSecretsTest {

    private static final String DB_PASSWORD = "d'b\"P4ss: {{ q }} <&> ö#";
    private static final String SUDO_PASSWORD = "s'u\"d:o {{y}} <&> ü$";
    private static final String KEY = "-----BEGIN PRIVATE KEY-----\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASC\n-----END PRIVATE KEY-----\n";
    private static final String VAULT_PASSWORD = "vault pass ü";

    @TempDir
    Path dir;
    private ClusterProject project;

    @BeforeEach
    void projectWithItsOwnCertificate() throws IOException {
        Path cert = Files.writeString(dir.resolve("lb.crt"), "-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n");
        Path key = Files.writeString(dir.resolve("lb.key"), KEY);
        ClusterProject p = ProjectDefaults.localSandbox("shop", 2, 2, dir.resolve("sb"), true);
        p = FieldValues.write(Field.TLS_MODE, p, TlsMode.PROVIDED);
        p = FieldValues.write(Field.CERT_FILE, p, cert.toString());
        project = FieldValues.write(Field.KEY_FILE, p, key.toString());
    }

    @Test
    void aVaultedExportSealsEachPasswordAndTheKeyAndHoldsNoPlainSecret() throws Exception {
        Path out = exportWithVault();
        Map<String, Object> secrets = vaultTagged(Files.readString(out.resolve(BundleContents.SECRETS_VAULT)));
        assertTrue(secrets.get(SecretsFile.DB_PASSWORD_VAR) instanceof Sealed, secrets.toString());
        assertTrue(secrets.get(SecretsFile.BECOME_PASSWORD_VAR) instanceof Sealed, secrets.toString());
        Map<?, ?> perMachine = (Map<?, ?>) secrets.get(SecretsFile.BECOME_PASSWORDS_VAR);
        assertTrue(perMachine.get("127.0.0.13") instanceof Sealed, perMachine.toString());
        Path key = out.resolve(BundleContents.TLS_PRIVATE_KEY);
        assertTrue(Files.readString(key).startsWith(AnsibleVault.HEADER + "\n"));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(key)));
        assertEquals(List.of(), filesHolding(out, "PRIVATE KEY", DB_PASSWORD, SUDO_PASSWORD, "MIIEvQIBADANBgkqhkiG9w0BAQEFAASC"));
    }

    @Test
    void theRealAnsibleDecryptsTheKeyAndReadsThePasswordsThroughTheBundlesInventory() throws Exception {
        AnsibleVaultTest.requireAnsibleVault();
        Path out = exportWithVault();
        Path passwordFile = Files.writeString(dir.resolve("vault-pass"), VAULT_PASSWORD + "\n");
        Run key = run(out, "ansible-vault", "decrypt", "--vault-password-file", passwordFile.toString(), "--output", "-",
                BundleContents.TLS_PRIVATE_KEY);
        assertEquals(0, key.exitCode(), key.output());
        assertEquals(KEY, key.output());
        // As a job in AWX would: the bundle's own ansible.cfg and inventory, the vault password given.
        Run vars = run(out, "ansible", "store-1", "-m", "ansible.builtin.debug", "-a",
                "{\"msg\": \"{{ {'db': es_cluster_db_password, 'sudo': ansible_become_password} | to_json }}\"}",
                "--vault-password-file", passwordFile.toString());
        assertEquals(0, vars.exitCode(), vars.output());
        JsonNode msg = new ObjectMapper().readTree(vars.output().substring(vars.output().indexOf('{')))
                .at("/plays/0/tasks/0/hosts/store-1/msg");
        JsonNode values = new ObjectMapper().readTree(msg.asText());
        assertEquals(DB_PASSWORD, values.path("db").asText());
        assertEquals(SUDO_PASSWORD + "-store-1", values.path("sudo").asText(), "the machine's own sudo password");
    }

    @Test
    void anExportWithoutAVaultLeavesTheKeyOutAndItsReadmeSaysWhereItGoes() throws Exception {
        Path out = dir.resolve("plain");
        BundleWriter.export(project, out, BundleWriter.ExportOptions.plain(false, false));
        assertFalse(Files.exists(out.resolve(BundleContents.TLS_PRIVATE_KEY)));
        assertTrue(Files.exists(out.resolve("files/" + BundleFiles.TLS_CERTIFICATE)));
        assertTrue(Files.readString(out.resolve("README.md")).contains("cp /path/to/private-key.pem "
                + BundleContents.TLS_PRIVATE_KEY + " && chmod 600 " + BundleContents.TLS_PRIVATE_KEY));
        assertEquals(List.of(), filesHolding(out, "PRIVATE KEY", "MIIEvQIBADANBgkqhkiG9w0BAQEFAASC"));
    }

    @Test
    void aRunFolderHoldsTheKeyForTheRunAndNamesItAsPrivate() throws Exception {
        Path run = dir.resolve("run");
        List<String> privateFiles = BundleWriter.writeRunFolder(project, run);
        assertEquals(List.of(BundleContents.TLS_PRIVATE_KEY), privateFiles);
        Path key = run.resolve(BundleContents.TLS_PRIVATE_KEY);
        assertEquals(KEY, Files.readString(key));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(key)));
    }

    @Test
    void aBundleHoldsThePlaybookTheProjectAndTheCollectionsItNeedsAndNoTestMaterial() throws Exception {
        Path out = exportWithVault();
        Set<String> top = new TreeSet<>();
        try (Stream<Path> s = Files.list(out)) {
            s.forEach(p -> top.add(p.getFileName().toString()));
        }
        assertEquals(Set.of(".ansible-lint", "PLAYBOOK-VARIABLES.md", "README.md", "ansible.cfg", "callback_plugins",
                "backup.yml", "backups.yml", "collections", "diagnose.yml", "files", "inventory", "library", "module_utils", "preflight.yml",
                "restore.yml", "roles", "rollback.yml", "rolling_restart.yml", "site.yml", "teardown.yml", "verify.yml"),
                top);
        assertTrue(Files.readString(out.resolve(BundleContents.COLLECTIONS)).contains("community.mysql"));
        assertTrue(Files.readString(out.resolve("README.md")).contains("## AWX, Ansible Automation Platform and Semaphore"));
    }

    private Path exportWithVault() throws Exception {
        Path out = dir.resolve("bundle");
        Secrets secrets = new Secrets(DB_PASSWORD, "", SUDO_PASSWORD, Map.of("127.0.0.13", SUDO_PASSWORD + "-store-1"));
        BundleWriter.export(project, out, new BundleWriter.ExportOptions(false, false, secrets,
                VAULT_PASSWORD.toCharArray()));
        return out;
    }

    /** The files (relative) in which any of the texts appears. */
    private static List<String> filesHolding(Path root, String... texts) throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                String content = new String(Files.readAllBytes(f), StandardCharsets.UTF_8);
                for (String t : texts) {
                    if (content.contains(t)) {
                        found.add(root.relativize(f) + ": " + t);
                    }
                }
            }
        }
        return found;
    }

    /** A !vault value as read from YAML: its envelope. */
    private record Sealed(String envelope) {
    }

    private static Map<String, Object> vaultTagged(String yaml) {
        SafeConstructor constructor = new SafeConstructor(new LoaderOptions()) {
            {
                yamlConstructors.put(new Tag("!vault"), new AbstractConstruct() {
                    @Override
                    public Object construct(Node node) {
                        return new Sealed(((ScalarNode) node).getValue());
                    }
                });
            }
        };
        return new Yaml(constructor).load(yaml);
    }

    private record Run(int exitCode, String output) {
    }

    private static Run run(Path folder, String... command) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(command).directory(folder.toFile());
        pb.environment().put("ANSIBLE_CONFIG", folder.resolve("ansible.cfg").toString());
        pb.environment().put("ANSIBLE_STDOUT_CALLBACK", "json");
        pb.environment().put("ANSIBLE_LOAD_CALLBACK_PLUGINS", "1");
        pb.environment().putIfAbsent("LANG", "C.UTF-8");
        pb.redirectError(ProcessBuilder.Redirect.DISCARD);
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS));
        return new Run(p.exitValue(), out);
    }
}
