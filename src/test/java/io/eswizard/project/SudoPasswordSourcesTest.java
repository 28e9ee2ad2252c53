package io.eswizard.project;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.eswizard.model.ClusterProject;
import io.eswizard.model.ProjectDefaults;
import io.eswizard.model.Secrets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sudo ("become") password reaches the command line from a secrets file or the environment. */
class SudoPasswordSourcesTest {

    @TempDir
    Path dir;

    private final ClusterProject project = ProjectDefaults.reference("x", 2, 2);

    private Path secrets(String yaml) throws Exception {
        Path f = dir.resolve("secrets.yml");
        Files.writeString(f, yaml);
        Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("rw-------"));
        return f;
    }

    @Test
    void aSecretsFileGivesTheProjectWideAndPerMachinePasswords() throws Exception {
        Path f = secrets("""
                databasePassword: "db"
                becomePassword: "s'u\\"d:o {{y}} <&> ü"
                becomePasswords:
                  10.0.0.12: "other #1"
                  10.0.0.13: ""
                """);
        Secrets s = SecretsSource.resolve(project, f, Map.of(), null);
        assertEquals("s'u\"d:o {{y}} <&> ü", s.becomePassword());
        assertEquals(Map.of("10.0.0.12", "other #1"), s.becomePasswords(), "an empty one means the project-wide one");
        assertEquals("other #1", s.becomePasswordFor("10.0.0.12"));
        assertEquals("s'u\"d:o {{y}} <&> ü", s.becomePasswordFor("10.0.0.13"));
        assertEquals(List.of("db", "s'u\"d:o {{y}} <&> ü", "other #1"), s.values());

        Secrets preflight = SecretsSource.resolveBecome(project, f, Map.of(), null);
        assertEquals("", preflight.databasePassword(), "the preflight needs only the sudo passwords");
        assertEquals(s.becomePasswords(), preflight.becomePasswords());
    }

    @Test
    void theEnvironmentGivesTheSudoPasswordAndNoneIsFine() throws Exception {
        Secrets env = SecretsSource.resolve(project, null, Map.of(SecretsSource.DB_PASSWORD_ENV, "db",
                SecretsSource.BECOME_PASSWORD_ENV, "sudo pw"), null);
        assertEquals("sudo pw", env.becomePassword());
        Secrets none = SecretsSource.resolveBecome(project, null, Map.of(), null);
        assertTrue(!none.hasBecomePassword(), "passwordless sudo needs no password");
        assertEquals("sudo pw", SecretsSource.resolveBecome(project, null,
                Map.of(SecretsSource.BECOME_PASSWORD_ENV, "sudo pw"), null).becomePassword());
    }

    @Test
    void aMalformedPerMachineEntryNamesTheKeyAndNeverTheValue() throws Exception {
        Path list = secrets("databasePassword: x\nbecomePasswords: [\"leaked-secret\"]\n");
        SecretsSource.SecretsException e = assertThrows(SecretsSource.SecretsException.class,
                () -> SecretsSource.resolve(project, list, Map.of(), null));
        assertTrue(e.getMessage().contains(SecretsSource.BECOME_PASSWORDS_KEY), e.getMessage());
        assertTrue(!e.getMessage().contains("leaked-secret"), e.getMessage());

        Path nested = secrets("databasePassword: x\nbecomePasswords:\n  10.0.0.1: [a]\n");
        e = assertThrows(SecretsSource.SecretsException.class, () -> SecretsSource.resolve(project, nested, Map.of(),
                null));
        assertTrue(e.getMessage().contains("10.0.0.1"), e.getMessage());

        Path unknown = secrets("databasePassword: x\nsudoPassword: y\n");
        e = assertThrows(SecretsSource.SecretsException.class, () -> SecretsSource.resolve(project, unknown, Map.of(),
                null));
        assertTrue(e.getMessage().contains("sudoPassword") && e.getMessage().contains(SecretsSource.BECOME_PASSWORD_KEY),
                e.getMessage());
    }
}
