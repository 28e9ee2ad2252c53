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
        Files.writeString(secrets, "databasePassword: topsecret\n");
        Files.setPosixFilePermissions(secrets, java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
        Path vaultPw = Files.writeString(dir.resolve("vp"), "vault\n");
        Path out = dir.resolve("bundle");
        CliRun run = CliRun.of("export", local.toString(), "--out", out.toString(), "--secrets-file",
                secrets.toString(), "--vault-password-file", vaultPw.toString());
        assertEquals(0, run.exitCode(), run.all());
        String vault = Files.readString(out.resolve("inventory/group_vars/all/secrets.yml"));
        assertTrue(vault.startsWith("$ANSIBLE_VAULT;1.1;AES256"));
        assertFalse(run.all().contains("topsecret"));
    }

    @Test
    void wrongUsageExitsTwoWithoutStackTrace() {
        CliRun run = CliRun.of("export", "x.yaml");
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("--out"), run.err());
        assertFalse(run.hasStackTrace(), run.all());
    }
}
