package io.eswizard.verify;

import io.eswizard.generate.InventoryGenerator;
import io.eswizard.model.ClusterProject;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Project field paths for what the playbook names: a node's setting by the node's name, a host's address. */
public final class FieldPaths {

    private static final Pattern NODE_BY_NAME = Pattern.compile("nodes\\[([^\\]]+)]\\.(\\w+)");

    private FieldPaths() {
    }

    /**
     * The project path of a setting named by the playbook: {@code nodes[store-2].memberPort} becomes
     * {@code nodes[3].memberPort}; other paths ({@code sso.storeIssuer}) are project paths already.
     */
    public static String fromPlaybook(String field, ClusterProject project) {
        Matcher m = NODE_BY_NAME.matcher(field == null ? "" : field);
        if (!m.matches()) {
            return field == null ? "" : field;
        }
        int index = nodeIndex(m.group(1), project);
        return index < 0 ? field : "nodes[" + index + "]." + m.group(2);
    }

    /** The setting holding an inventory host's address, or "" for a host the project does not know. */
    public static String addressOf(String host, ClusterProject project) {
        return switch (host) {
            case InventoryGenerator.DATABASE_HOST -> "database.host";
            case InventoryGenerator.IDENTITY_SERVER_HOST -> "sso.isAddress";
            case InventoryGenerator.LOAD_BALANCER_HOST -> "loadBalancer.address";
            default -> {
                int index = nodeIndex(host, project);
                yield index < 0 ? "" : "nodes[" + index + "].address";
            }
        };
    }

    private static int nodeIndex(String name, ClusterProject project) {
        for (int i = 0; i < project.nodes().size(); i++) {
            if (project.nodes().get(i).name().equals(name)) {
                return i;
            }
        }
        return -1;
    }
}
