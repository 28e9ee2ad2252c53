package io.eswizard.ui.pages.run;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.eswizard.ansible.ResultStatus;
import io.eswizard.ansible.TaskResult;
import io.eswizard.model.ClusterProject;
import io.eswizard.model.ProjectDefaults;
import io.eswizard.model.field.Field;
import io.eswizard.model.field.FieldRef;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FieldLinksTest {

    private final ClusterProject project = ProjectDefaults.reference("demo", 2, 1);

    private static TaskResult failure(String host, String task, ResultStatus status) {
        return new TaskResult("id", task, host, status, "", "boom", List.of());
    }

    private Optional<String> path(String host, String task, ResultStatus status) {
        return FieldLinks.fieldFor(failure(host, task, status), project).map(FieldRef::path);
    }

    @Test
    void rolesAndUnreachableHostsPointAtTheirFields() {
        assertEquals(Optional.of("database.host"),
                path("database", "es_mysql : Create the databases", ResultStatus.FAILED));
        assertEquals(Optional.of("nodes[1].esHome"),
                path("publisher-2", "es_node : Set the clustering domain", ResultStatus.FAILED));
        assertEquals(Optional.of("nodes[2].address"), path("store-1", "Gathering Facts", ResultStatus.UNREACHABLE));
        assertEquals(Optional.of("loadBalancer.address"), path("load-balancer", "x", ResultStatus.UNREACHABLE));
        assertEquals(Optional.empty(), path("database", "Some play task", ResultStatus.FAILED));
    }

    @Test
    void linksReadAsThePageTheNodeAndTheField() {
        FieldRef home = FieldLinks.fieldFor(failure("publisher-1", "es_node : Copy the JDBC driver",
                ResultStatus.FAILED), project).orElseThrow();
        assertEquals("Go to Nodes › publisher-1 › ES_HOME", FieldLinks.linkText(home));
        assertEquals(Field.NODE_ES_HOME.at(project, 0), home);
        assertEquals("Go to Database › Database address",
                FieldLinks.linkText(FieldLinks.addressField("database", project).orElseThrow()));
        assertEquals("Go to Single sign-on › IS_HOME", FieldLinks.linkText(FieldLinks.fieldFor(
                failure("identity-server", "es_identity_server : Register the apps", ResultStatus.FAILED),
                project).orElseThrow()));
    }

    @Test
    void aFailedPreflightCheckLinksToTheSettingItsRemedyNames() {
        io.eswizard.ansible.PreflightReport report = new io.eswizard.ansible.PreflightReport(List.of(
                new io.eswizard.ansible.PreflightCheck("store-1", "member ports", false, "4000 closed", "Open it."),
                new io.eswizard.ansible.PreflightCheck("load-balancer", "ports free", false, "80 held", "Stop it."),
                new io.eswizard.ansible.PreflightCheck("database", "reachable", false, "refused", "Check it."),
                new io.eswizard.ansible.PreflightCheck("publisher-1", "clock", false, "5 min off", "Set it."),
                new io.eswizard.ansible.PreflightCheck("this machine", "ansible version", false, "2.9", "Up.")));
        assertEquals(List.of(Optional.of("nodes[2].memberPort"), Optional.of("loadBalancer.httpPort"),
                Optional.of("database.host"), Optional.empty(), Optional.empty()),
                report.asFailures().stream().map(f -> FieldLinks.fieldFor(f, project).map(FieldRef::path)).toList());
        assertEquals(ResultStatus.UNREACHABLE, report.asFailures().get(2).status());
    }
}
