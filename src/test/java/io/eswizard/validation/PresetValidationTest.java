package io.eswizard.validation;

import static io.eswizard.validation.Findings.assertClean;
import static io.eswizard.validation.Findings.assertNoErrors;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.eswizard.model.ClusterProject;
import io.eswizard.model.ProjectDefaults;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class PresetValidationTest {

    @Test
    void referenceWithAddressesHasNoErrorsOnlyPlaceholderWarnings() {
        ValidationReport report = ClusterValidator.report(Projects.reference());
        assertEquals(List.of(), report.errors(), () -> Findings.describe(report.errors()));
        assertEquals(List.of("hostNames.publisher", "hostNames.store"),
                report.warnings().stream().map(Problem::fieldPath).toList());
    }

    @Test
    void referenceWithOwnHostNamesIsClean() {
        assertClean(Projects.clean());
    }

    @Test
    void localSandboxHasNoErrors() {
        for (boolean root : new boolean[] {true, false}) {
            assertNoErrors(ProjectDefaults.localSandbox("sandbox", 2, 2, Path.of("/tmp/es-sandbox"), root));
        }
    }

    @Test
    void aSandboxRaisesNoProductionWarnings() {
        for (boolean root : new boolean[] {true, false}) {
            assertClean(ProjectDefaults.localSandbox("sandbox", 2, 2, Path.of("/tmp/es-sandbox"), root));
        }
        assertClean(ProjectDefaults.localSandbox("sandbox", 1, 1, Path.of("/tmp/es-sandbox"), true));
    }

    @Test
    void theSameProjectWithOneServerElsewhereGetsThemBack() {
        ClusterProject sandbox = ProjectDefaults.localSandbox("sandbox", 1, 2, Path.of("/tmp/es-sandbox"), true);
        ClusterProject remoteDatabase = sandbox.withDatabase(sandbox.database().withHost("10.0.0.5"));
        List<String> warned = ClusterValidator.report(remoteDatabase).warnings().stream()
                .map(Problem::fieldPath).toList();
        assertEquals(List.of("nodes", "hostNames.publisher", "hostNames.store", "loadBalancer.address"),
                warned.stream().filter(f -> !f.startsWith("connection")).toList(), "besides the override for the old address");
    }

    @Test
    void largerLocalSandboxHasNoErrors() {
        assertNoErrors(ProjectDefaults.localSandbox("sandbox", 3, 4, Path.of("/tmp/es-sandbox"), false));
    }

    @Test
    void freshReferenceGivesExactlyTheAddressRequiredErrors() {
        ClusterProject fresh = ProjectDefaults.reference("shop", 2, 2);
        List<Problem> errors = ClusterValidator.report(fresh).errors();
        assertEquals(List.of("database.host", "nodes[0].address", "nodes[1].address", "nodes[2].address",
                        "nodes[3].address", "sso.isAddress", "loadBalancer.address"),
                errors.stream().map(Problem::fieldPath).toList(), () -> Findings.describe(errors));
        assertTrue(errors.stream().allMatch(e -> e.message().contains("is missing")));
    }

    @Test
    void sameProjectGivesSameFindingsInSameOrder() {
        ClusterProject fresh = ProjectDefaults.reference("shop", 3, 1);
        assertEquals(ClusterValidator.validate(fresh), ClusterValidator.validate(fresh));
    }
}
