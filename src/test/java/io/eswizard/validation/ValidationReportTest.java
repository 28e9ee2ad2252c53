package io.eswizard.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ValidationReportTest {

    private final ValidationReport report = new ValidationReport(List.of(
            Problem.error("nodes[1].address", "a"),
            Problem.warning("nodes[10].memberPort", "b"),
            Problem.warning("nodes", "c"),
            Problem.error("database.host", "d"),
            Problem.error("databaseX", "e")));

    @Test
    void problemsUnderRespectsPathBoundaries() {
        assertEquals(List.of("a"), messages(report.problemsUnder("nodes[1]")));
        assertEquals(List.of("a", "b", "c"), messages(report.problemsUnder("nodes")));
        assertEquals(List.of("d"), messages(report.problemsUnder("database")));
        assertEquals(List.of(), messages(report.problemsUnder("sso")));
    }

    @Test
    void splitsErrorsAndWarnings() {
        assertTrue(report.hasErrors());
        assertEquals(List.of("a", "d", "e"), messages(report.errors()));
        assertEquals(List.of("b", "c"), messages(report.warnings()));
        assertFalse(new ValidationReport(List.of(Problem.warning("sso.enabled", "w"))).hasErrors());
    }

    private static List<String> messages(List<Problem> problems) {
        return problems.stream().map(Problem::message).toList();
    }
}
