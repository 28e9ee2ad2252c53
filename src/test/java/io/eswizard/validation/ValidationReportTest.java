package io.eswizard.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.eswizard.model.field.Field;
import io.eswizard.model.field.FieldRef;
import io.eswizard.model.field.Page;
import java.util.List;
import org.junit.jupiter.api.Test;

class ValidationReportTest {

    private final ValidationReport report = new ValidationReport(List.of(
            Problem.error(Field.NODE_ADDRESS.at(1, "publisher-2"), "a"),
            Problem.warning(Field.NODE_MEMBER_PORT.at(10, "store-9"), "b"),
            Problem.warning(Field.NODES, "c"),
            Problem.error(Field.DATABASE_HOST, "d"),
            Problem.error(new FieldRef(Field.DATABASE_HOST, -1, "databaseX", "Database › X"), "e")));

    @Test
    void problemsUnderRespectsPathBoundaries() {
        assertEquals(List.of("a"), messages(report.problemsUnder("nodes[1]")));
        assertEquals(List.of("a", "b", "c"), messages(report.problemsUnder("nodes")));
        assertEquals(List.of("d"), messages(report.problemsUnder("database")));
        assertEquals(List.of(), messages(report.problemsUnder("sso")));
    }

    @Test
    void problemsOnAPageFollowTheCatalogue() {
        assertEquals(List.of("a", "b", "c"), messages(report.problemsOn(Page.NODES)));
        assertEquals(List.of("d", "e"), messages(report.problemsOn(Page.DATABASE)));
        assertEquals(List.of(), messages(report.problemsOn(Page.SSO)));
    }

    @Test
    void splitsErrorsAndWarnings() {
        assertTrue(report.hasErrors());
        assertEquals(List.of("a", "d", "e"), messages(report.errors()));
        assertEquals(List.of("b", "c"), messages(report.warnings()));
        assertFalse(new ValidationReport(List.of(Problem.warning(Field.SSO_ENABLED, "w"))).hasErrors());
    }

    private static List<String> messages(List<Problem> problems) {
        return problems.stream().map(Problem::message).toList();
    }
}
