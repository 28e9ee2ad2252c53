package io.eswizard.ui.pages.run;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.eswizard.ansible.ResultStatus;
import io.eswizard.ansible.TaskResult;
import io.eswizard.model.ClusterProject;
import io.eswizard.model.ProjectDefaults;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FieldLinksTest {

    private final ClusterProject project = ProjectDefaults.reference("demo", 2, 1);

    private static TaskResult failure(String host, String task, ResultStatus status) {
        return new TaskResult("id", task, host, status, "", "boom", List.of());
    }

    @Test
    void rolesAndUnreachableHostsPointAtTheirFields() {
        assertEquals(Optional.of("database.host"),
                FieldLinks.fieldFor(failure("database", "es_mysql : Create the databases", ResultStatus.FAILED), project));
        assertEquals(Optional.of("nodes[1].esHome"),
                FieldLinks.fieldFor(failure("publisher-2", "es_node : Set the clustering domain", ResultStatus.FAILED),
                        project));
        assertEquals(Optional.of("nodes[2].address"),
                FieldLinks.fieldFor(failure("store-1", "Gathering Facts", ResultStatus.UNREACHABLE), project));
        assertEquals(Optional.of("loadBalancer.address"),
                FieldLinks.fieldFor(failure("load-balancer", "x", ResultStatus.UNREACHABLE), project));
        assertEquals(Optional.empty(), FieldLinks.fieldFor(failure("database", "Some play task", ResultStatus.FAILED),
                project));
    }
}
