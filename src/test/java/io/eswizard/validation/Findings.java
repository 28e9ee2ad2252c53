package io.eswizard.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.eswizard.model.ClusterProject;
import java.util.List;
import java.util.stream.Collectors;

/** Assertions on validator findings that name the field, the severity and what the message says. */
final class Findings {

    private Findings() {
    }

    /** Asserts a finding at {@code path} with {@code severity} whose message contains every fragment. */
    static Problem assertFinding(ClusterProject p, String path, Severity severity, String... fragments) {
        List<Problem> problems = ClusterValidator.validate(p);
        List<Problem> atPath = problems.stream().filter(pr -> pr.fieldPath().equals(path)).toList();
        for (Problem pr : atPath) {
            if (pr.severity() == severity && containsAll(pr.message(), fragments)) {
                return pr;
            }
        }
        return fail("expected " + severity + " at " + path + " mentioning " + List.of(fragments) + " but got:\n"
                + describe(problems));
    }

    static Problem assertError(ClusterProject p, String path, String... fragments) {
        return assertFinding(p, path, Severity.ERROR, fragments);
    }

    static Problem assertWarning(ClusterProject p, String path, String... fragments) {
        return assertFinding(p, path, Severity.WARNING, fragments);
    }

    static void assertNothingAt(ClusterProject p, String path) {
        List<Problem> problems = ClusterValidator.validate(p);
        assertTrue(problems.stream().noneMatch(pr -> pr.fieldPath().equals(path)),
                () -> "expected nothing at " + path + " but got:\n" + describe(problems));
    }

    static void assertClean(ClusterProject p) {
        List<Problem> problems = ClusterValidator.validate(p);
        assertEquals(List.of(), problems, () -> describe(problems));
    }

    static void assertNoErrors(ClusterProject p) {
        List<Problem> errors = ClusterValidator.validate(p).stream().filter(Problem::isError).toList();
        assertEquals(List.of(), errors, () -> describe(errors));
    }

    static String describe(List<Problem> problems) {
        return problems.stream().map(pr -> pr.severity() + " " + pr.fieldPath() + ": " + pr.message())
                .collect(Collectors.joining("\n"));
    }

    private static boolean containsAll(String message, String... fragments) {
        for (String f : fragments) {
            if (!message.contains(f)) {
                return false;
            }
        }
        return true;
    }
}
