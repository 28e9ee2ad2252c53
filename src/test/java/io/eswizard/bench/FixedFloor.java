package io.eswizard.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The fixed floor of issue 23: seven plays over the cluster's hosts, each doing one {@code ping}, with
 * minimal facts ({@code gather_subset: min}) on the database, node, Identity Server and load-balancer
 * plays. It does not follow the playbook's own plays, so adding plays to the playbook cannot raise it.
 */
public final class FixedFloor {

    public static final String NAME = "floor.yml";

    /** Hosts of each play, and whether it gathers facts. */
    private static final String[][] PLAYS = {
        {"es_nodes:es_identity_server", "false"},
        {"es_database", "true"},
        {"es_nodes", "true"},
        {"es_identity_server", "true"},
        {"es_load_balancer", "true"},
        {"all:!es_retired_nodes", "false"},
        {"es_nodes", "false"},
    };

    private FixedFloor() {
    }

    /** Writes the floor as {@code name} into the run folder {@code folder}. */
    public static void write(Path folder, String name) throws IOException {
        StringBuilder out = new StringBuilder("---\n");
        int n = 0;
        for (String[] play : PLAYS) {
            n++;
            out.append("- name: Floor play ").append(n).append('\n')
                    .append("  hosts: '").append(play[0]).append("'\n");
            if (Boolean.parseBoolean(play[1])) {
                out.append("  gather_facts: true\n  gather_subset: [min]\n");
            } else {
                out.append("  gather_facts: false\n");
            }
            out.append("  tasks:\n    - name: Ping\n      ansible.builtin.ping:\n");
        }
        Files.writeString(folder.resolve(name), out.toString());
    }
}
