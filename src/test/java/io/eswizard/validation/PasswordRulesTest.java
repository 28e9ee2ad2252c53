package io.eswizard.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.eswizard.model.AdminAccess;
import io.eswizard.model.ClusterProject;
import io.eswizard.model.Secrets;
import io.eswizard.model.field.Field;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Chosen passwords need 12 characters; a short sudo password is a warning; a vault password needs 16. */
class PasswordRulesTest {

    private final ClusterProject clean = Projects.clean();
    private final ClusterProject adminByPassword = clean.withDatabase(Projects.with(clean.database(), "adminAccess",
            AdminAccess.PASSWORD));

    private static String describe(List<Problem> problems) {
        return Findings.describe(problems);
    }

    @Test
    void aShortApplicationPasswordIsAnErrorNamingItsField() {
        List<Problem> problems = PasswordRules.check(clean, new Secrets("elevenchars", ""));
        assertEquals(1, problems.size(), describe(problems));
        Problem p = problems.get(0);
        assertTrue(p.isError());
        assertEquals("secrets.databasePassword", p.fieldPath());
        assertEquals("Database › Application password", p.field().label());
        assertTrue(p.message().contains("The application password has 11 characters"), p.message());
        assertTrue(p.message().contains("at least 12"), p.message());
        assertEquals(List.of(), PasswordRules.check(clean, new Secrets("twelve-chars", "")));
    }

    @Test
    void theAdminPasswordCountsOnlyWhenTheProjectLogsInWithIt() {
        Secrets shortAdmin = new Secrets("long-enough-app", "root");
        assertEquals(List.of(), PasswordRules.check(clean, shortAdmin), "socket access: the password is unused");
        List<Problem> problems = PasswordRules.check(adminByPassword, shortAdmin);
        assertEquals(1, problems.size(), describe(problems));
        assertEquals("secrets.databaseAdminPassword", problems.get(0).fieldPath());
        assertTrue(problems.get(0).message().contains("The MySQL admin password has 4 characters"));
    }

    @Test
    void aShortSudoPasswordIsOnlyAWarningAndPerMachineOnesTooNamingTheMachine() {
        Secrets s = new Secrets("long-enough-app", "", "sudo", Map.of("10.0.0.13", "pw"));
        List<Problem> problems = PasswordRules.check(clean, s);
        assertEquals(2, problems.size(), describe(problems));
        assertTrue(problems.stream().noneMatch(Problem::isError), describe(problems));
        assertEquals("secrets.becomePassword", problems.get(0).fieldPath());
        assertTrue(problems.get(0).message().contains("The sudo password has 4 characters"));
        assertEquals("secrets.becomePasswords", problems.get(1).fieldPath());
        assertTrue(problems.get(1).message().contains("The sudo password of 10.0.0.13 has 2 characters"));
        ClusterProject noSudo = clean.withConnection(clean.connection().withLogin("root", false));
        assertEquals(List.of(), PasswordRules.check(noSudo, s), "without sudo the password is unused");
    }

    @Test
    void passwordsNotGivenYetAreNoFinding() {
        assertEquals(List.of(), PasswordRules.check(adminByPassword, Secrets.NONE));
        assertEquals(List.of(), PasswordRules.check(adminByPassword, null));
    }

    @Test
    void charactersAreCountedNotBytesOrUtf16Units() {
        String elevenEmoji = "\uD83D\uDD12".repeat(11);
        assertTrue(PasswordRules.finding(Field.APP_PASSWORD, elevenEmoji).isPresent(), "22 UTF-16 units, 11 characters");
        assertTrue(PasswordRules.finding(Field.APP_PASSWORD, "ééééééééééé").isPresent());
        assertTrue(PasswordRules.finding(Field.APP_PASSWORD, "éééééééééééé").isEmpty());
    }

    @Test
    void theWholeValidatorAddsThePasswordFindingsToTheProjects() {
        List<Problem> all = ClusterValidator.validate(clean, new Secrets("short", ""));
        assertEquals(List.of("secrets.databasePassword"), all.stream().map(Problem::fieldPath).toList());
        assertEquals(List.of(), ClusterValidator.validate(clean, new Secrets("a-long-password", "")));
    }

    @Test
    void aVaultPasswordNeedsSixteen() {
        assertTrue(PasswordRules.whyVaultPasswordTooShort("fifteen-chars-x").orElseThrow()
                .contains("has 15 characters"));
        assertTrue(PasswordRules.whyVaultPasswordTooShort("sixteen-chars-xy").isEmpty());
    }
}
