package io.eswizard.ui.pages.run;

import io.eswizard.ansible.ResultStatus;
import io.eswizard.ansible.TaskResult;
import io.eswizard.generate.InventoryGenerator;
import io.eswizard.model.ClusterProject;
import java.util.Map;
import java.util.Optional;

/**
 * Which wizard field a failure most likely comes from, so the Run page can link to it. An
 * unreachable host points at its address; a failed task at the setting its role uses most.
 * Plain Java: no JavaFX, testable on its own.
 */
final class FieldLinks {

    private static final Map<String, String> ROLE_FIELDS = Map.of(
            "es_mysql", "database.host",
            "es_packs", "packs.esZip",
            "es_identity_server", "sso.isHome",
            "es_is", "sso.isHome",
            "es_nginx", "loadBalancer.address",
            "es_hosts", "loadBalancer.writeHostMappings",
            "es_start", "packs.startServers");

    private FieldLinks() {
    }

    static Optional<String> fieldFor(TaskResult failure, ClusterProject project) {
        if (failure.status() == ResultStatus.UNREACHABLE) {
            return addressField(failure.host(), project);
        }
        String role = failure.role();
        if (role.equals("es_node")) {
            return nodeField(failure.host(), project, "esHome");
        }
        return Optional.ofNullable(ROLE_FIELDS.get(role));
    }

    static Optional<String> addressField(String host, ClusterProject project) {
        return switch (host) {
            case InventoryGenerator.DATABASE_HOST -> Optional.of("database.host");
            case InventoryGenerator.IDENTITY_SERVER_HOST -> Optional.of("sso.isAddress");
            case InventoryGenerator.LOAD_BALANCER_HOST -> Optional.of("loadBalancer.address");
            default -> nodeField(host, project, "address");
        };
    }

    private static Optional<String> nodeField(String host, ClusterProject project, String field) {
        for (int i = 0; i < project.nodes().size(); i++) {
            if (project.nodes().get(i).name().equals(host)) {
                return Optional.of("nodes[" + i + "]." + field);
            }
        }
        return Optional.empty();
    }
}
