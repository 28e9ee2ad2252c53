package io.eswizard.model.field;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.eswizard.model.AdminAccess;
import io.eswizard.model.ClusterProject;
import io.eswizard.model.ProjectDefaults;
import io.eswizard.model.Secrets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Which passwords a run needs, and when the sudo one counts as given. */
class RunPasswordsTest {

    private final ClusterProject sandboxAsUser = ProjectDefaults.localSandbox("s", 2, 2, Path.of("/srv/s"), false);

    @Test
    void aRunNeedsTheApplicationPasswordTheAdminOneWhenItLogsInWithOneAndSudosWhenSudoIsOn() {
        assertEquals(List.of(Field.APP_PASSWORD, Field.BECOME_PASSWORD), RunPasswords.forRun(sandboxAsUser));
        ClusterProject withAdmin = FieldValues.write(Field.ADMIN_ACCESS, sandboxAsUser, AdminAccess.PASSWORD);
        assertEquals(List.of(Field.APP_PASSWORD, Field.ADMIN_PASSWORD, Field.BECOME_PASSWORD),
                RunPasswords.forRun(withAdmin));
        ClusterProject asRoot = ProjectDefaults.localSandbox("s", 2, 2, Path.of("/srv/s"), true);
        assertEquals(List.of(Field.APP_PASSWORD), RunPasswords.forRun(asRoot));
        assertEquals(List.of(), RunPasswords.forPreflight(asRoot));
        assertEquals(List.of(Field.BECOME_PASSWORD), RunPasswords.forPreflight(sandboxAsUser));
    }

    @Test
    void anEmptySudoPasswordIsMissingUntilSomeoneSaysSudoAsksForNone() {
        List<Field> needed = RunPasswords.forRun(sandboxAsUser);
        assertEquals(needed, RunPasswords.missing(needed, Secrets.NONE, false));
        assertEquals(List.of(Field.BECOME_PASSWORD), RunPasswords.missing(needed, new Secrets("db", ""), false));
        assertEquals(List.of(), RunPasswords.missing(needed, new Secrets("db", ""), true), "passwordless sudo");
        Secrets perMachine = new Secrets("db", "", "", Map.of("127.0.0.11", "pw"));
        assertEquals(List.of(), RunPasswords.missing(needed, perMachine, false), "a machine's own sudo password");
        assertEquals(List.of(Field.APP_PASSWORD), RunPasswords.missing(needed, null, true));
    }
}
