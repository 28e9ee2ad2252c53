package io.eswizard.ui.pages.run;

import io.eswizard.ansible.PreflightCheckKind;
import io.eswizard.ansible.PreflightReport;
import io.eswizard.ansible.ResultStatus;
import io.eswizard.ansible.TaskNames;
import io.eswizard.ansible.TaskResult;
import io.eswizard.generate.InventoryGenerator;
import io.eswizard.model.ClusterProject;
import io.eswizard.model.field.Field;
import io.eswizard.model.field.FieldRef;
import java.util.Map;
import java.util.Optional;

/**
 * Which wizard field a failure most likely comes from, so the Run page can link to it. An
 * unreachable host points at its address; a failed task at the setting its role uses most.
 * Plain Java: no JavaFX, testable on its own.
 */
final class FieldLinks {

    private static final Map<String, Field> ROLE_FIELDS = Map.of(
            "es_machine", Field.BECOME,
            "es_mysql", Field.DATABASE_HOST,
            "es_packs", Field.ES_ZIP,
            "es_identity_server", Field.IS_HOME,
            "es_nginx", Field.LB_ADDRESS,
            "es_hosts", Field.WRITE_HOST_MAPPINGS,
            "es_start", Field.START_SERVERS);

    private FieldLinks() {
    }

    static Optional<FieldRef> fieldFor(TaskResult failure, ClusterProject project) {
        if (failure.status() == ResultStatus.UNREACHABLE) {
            return addressField(failure.host(), project);
        }
        String role = failure.role();
        if (role.equals(PreflightReport.ROLE)) {
            return preflightField(failure, project);
        }
        if (role.equals("es_node")) {
            return nodeField(failure.host(), project, Field.NODE_ES_HOME);
        }
        return Optional.ofNullable(ROLE_FIELDS.get(role)).map(Field::ref);
    }

    /** A failed preflight check: the setting its "what to do" names first. */
    private static Optional<FieldRef> preflightField(TaskResult failure, ClusterProject project) {
        String host = failure.host();
        boolean lb = host.equals(InventoryGenerator.LOAD_BALANCER_HOST);
        return switch (PreflightCheckKind.fromTitle(TaskNames.name(failure.task()))) {
            case REACHABLE -> addressField(host, project);
            case BECOME -> Optional.of(Field.BECOME.ref());
            case PYTHON -> Optional.of(Field.PYTHON_INTERPRETER.ref());
            case ES_HOME -> nodeField(host, project, Field.NODE_ES_HOME);
            case JAVA -> Optional.of(Field.JAVA_HOME.ref());
            case PORTS_FREE -> lb ? Optional.of(Field.LB_HTTP_PORT.ref()) : nodeField(host, project,
                    Field.NODE_PORT_OFFSET);
            case NAMES -> Optional.of(Field.WRITE_HOST_MAPPINGS.ref());
            case IS_HOME -> Optional.of(Field.IS_HOME.ref());
            case DB_PORT -> Optional.of(Field.DATABASE_PORT.ref());
            case MEMBER_PORTS -> nodeField(host, project, Field.NODE_MEMBER_PORT);
            case CLOCK, UNZIP, OTHER -> Optional.empty();
        };
    }

    static Optional<FieldRef> addressField(String host, ClusterProject project) {
        return switch (host) {
            case InventoryGenerator.DATABASE_HOST -> Optional.of(Field.DATABASE_HOST.ref());
            case InventoryGenerator.IDENTITY_SERVER_HOST -> Optional.of(Field.IS_ADDRESS.ref());
            case InventoryGenerator.LOAD_BALANCER_HOST -> Optional.of(Field.LB_ADDRESS.ref());
            default -> nodeField(host, project, Field.NODE_ADDRESS);
        };
    }

    private static Optional<FieldRef> nodeField(String host, ClusterProject project, Field column) {
        for (int i = 0; i < project.nodes().size(); i++) {
            if (project.nodes().get(i).name().equals(host)) {
                return Optional.of(column.at(project, i));
            }
        }
        return Optional.empty();
    }

    /** The link's text, e.g. "Go to Nodes › publisher-1 › ES_HOME". */
    static String linkText(FieldRef field) {
        return "Go to " + field.label();
    }
}
