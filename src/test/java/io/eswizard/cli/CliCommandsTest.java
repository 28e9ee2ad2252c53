package io.eswizard.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.eswizard.project.ProjectFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CliCommandsTest {

    @TempDir
    Path dir;

    @Test
    void helpAndVersionWork() {
        CliRun help = CliRun.of("--help");
        assertEquals(0, help.exitCode());
        assertTrue(help.out().contains("export"), help.out());
        CliRun version = CliRun.of("--version");
        assertEquals(0, version.exitCode());
        assertTrue(version.out().startsWith("ES Cluster Wizard "), version.out());
    }

    @Test
    void initRefusesToOverwriteWithoutForce() throws Exception {
        Path file = dir.resolve("p.yaml");
        assertEquals(0, CliRun.of("init", file.toString(), "--publishers", "3").exitCode());
        assertEquals(3, ProjectFiles.load(file).nodes().stream().filter(n -> n.name().startsWith("pub")).count());
        CliRun again = CliRun.of("init", file.toString());
        assertEquals(2, again.exitCode());
        assertTrue(again.err().contains("--force"), again.err());
        assertEquals(0, CliRun.of("init", file.toString(), "--force").exitCode());
    }

    @Test
    void aNewProjectIsNamedAfterItsFileWithoutTheEnding() throws Exception {
        for (String fileName : java.util.List.of("shop.eswiz", "shop.yaml", "shop.YML")) {
            Path file = dir.resolve("names").resolve(fileName);
            java.nio.file.Files.createDirectories(file.getParent());
            assertEquals(0, CliRun.of("init", file.toString(), "--force").exitCode());
            assertEquals("shop", ProjectFiles.load(file).name(), fileName);
        }
    }

    @Test
    void validateExitsOneOnErrorsAndZeroOnALocalProject() {
        Path ref = dir.resolve("ref.yaml");
        CliRun.of("init", ref.toString());
        CliRun errors = CliRun.of("validate", ref.toString());
        assertEquals(1, errors.exitCode());
        assertTrue(Pattern.compile("ERROR  nodes\\[1]\\.address \\(Nodes (›|>) publisher-2 (›|>) Address\\): The address")
                .matcher(errors.out()).find(), errors.out());
        Path local = dir.resolve("local.yaml");
        CliRun.of("init", local.toString(), "--preset", "local", "--sandbox", dir.resolve("sb").toString());
        assertEquals(0, CliRun.of("validate", local.toString()).exitCode());
    }

    @Test
    void exportRefusesAProjectWithErrorsAndWritesNothing() {
        Path ref = dir.resolve("ref.yaml");
        CliRun.of("init", ref.toString());
        Path out = dir.resolve("bundle");
        CliRun run = CliRun.of("export", ref.toString(), "--out", out.toString());
        assertEquals(1, run.exitCode());
        assertFalse(Files.exists(out));
    }

    @Test
    void exportWithVaultSealsThePasswordFromTheSecretsFile() throws Exception {
        Path local = dir.resolve("local.yaml");
        CliRun.of("init", local.toString(), "--preset", "local", "--sandbox", dir.resolve("sb").toString());
        Path secrets = dir.resolve("s.yml");
        Files.writeString(secrets, "databasePassword: topsecret-db-pw\n");
        Files.setPosixFilePermissions(secrets, java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
        Path vaultPw = vaultPasswordFile();
        Path out = dir.resolve("bundle");
        CliRun run = CliRun.of("export", local.toString(), "--out", out.toString(), "--secrets-file",
                secrets.toString(), "--vault-password-file", vaultPw.toString());
        assertEquals(0, run.exitCode(), run.all());
        String secretsFile = Files.readString(out.resolve("inventory/group_vars/all/secrets.yml"));
        assertTrue(secretsFile.contains("es_cluster_db_password: !vault |\n  $ANSIBLE_VAULT;1.1;AES256\n"), secretsFile);
        assertFalse(secretsFile.contains("topsecret"));
        assertFalse(run.all().contains("topsecret"));
    }

    @Test
    void aVaultedExportWithAProvidedCertificateIsReadyForAwx() throws Exception {
        Path local = dir.resolve("local.yaml");
        CliRun.of("init", local.toString(), "--preset", "local", "--sandbox", dir.resolve("sb").toString());
        Path cert = Files.writeString(dir.resolve("lb.crt"), "-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n");
        Path key = Files.writeString(dir.resolve("lb.key"), "-----BEGIN PRIVATE KEY-----\nMIIEvQ\n-----END PRIVATE KEY-----\n");
        io.eswizard.model.ClusterProject p = io.eswizard.project.ProjectFiles.load(local);
        p = io.eswizard.model.field.FieldValues.write(io.eswizard.model.field.Field.TLS_MODE, p,
                io.eswizard.model.TlsMode.PROVIDED);
        p = io.eswizard.model.field.FieldValues.write(io.eswizard.model.field.Field.CERT_FILE, p, cert.toString());
        p = io.eswizard.model.field.FieldValues.write(io.eswizard.model.field.Field.KEY_FILE, p, key.toString());
        io.eswizard.project.ProjectFiles.save(local, p);
        Path secrets = dir.resolve("s.yml");
        Files.writeString(secrets, "databasePassword: topsecret-db-pw\n");
        Files.setPosixFilePermissions(secrets, java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
        Path vaultPw = vaultPasswordFile();
        Path out = dir.resolve("bundle");
        CliRun run = CliRun.of("export", local.toString(), "--out", out.toString(), "--secrets-file",
                secrets.toString(), "--vault-password-file", vaultPw.toString());
        assertEquals(0, run.exitCode(), run.all());
        assertTrue(Files.isRegularFile(out.resolve("collections/requirements.yml")));
        assertFalse(Files.exists(out.resolve("examples")));
        assertTrue(Files.readString(out.resolve("files/load-balancer-private-key.pem")).startsWith("$ANSIBLE_VAULT;1.1;AES256\n"));
        try (var files = Files.walk(out)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                assertFalse(Files.readString(f, java.nio.charset.StandardCharsets.ISO_8859_1).contains("MIIEvQ"), f.toString());
            }
        }
    }

    /** A vault password file as an admin keeps one: mode 600, a long password and a line break. */
    private Path vaultPasswordFile() throws java.io.IOException {
        Path vaultPw = Files.createFile(dir.resolve("vp"), java.nio.file.attribute.PosixFilePermissions.asFileAttribute(
                java.nio.file.attribute.PosixFilePermissions.fromString("rw-------")));
        return Files.writeString(vaultPw, "vault passphrase of the shop\n");
    }

    @Test
    void initTakesItsNameFromTheFileAndRefusesASandboxNoHomeCouldBeIn() {
        Path odd = dir.resolve("shop (copy)+1.yaml");
        assertEquals(0, CliRun.of("init", odd.toString()).exitCode());
        assertTrue(CliRun.of("show", odd.toString()).out().contains("shop -copy--1"));
        Path local = dir.resolve("local.yaml");
        CliRun run = CliRun.of("init", local.toString(), "--preset", "local", "--sandbox",
                dir.resolve("my sandbox").toString());
        assertEquals(2, run.exitCode(), run.all());
        assertTrue(run.err().contains("the sandbox folder " + dir.resolve("my sandbox") + " contains a space"),
                run.err());
        assertFalse(Files.exists(local), "nothing written");
    }

    @Test
    void wrongUsageExitsTwoWithoutStackTrace() {
        CliRun run = CliRun.of("export", "x.yaml");
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("--out"), run.err());
        assertFalse(run.hasStackTrace(), run.all());
    }
}
