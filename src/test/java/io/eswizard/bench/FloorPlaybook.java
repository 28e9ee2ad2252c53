package io.eswizard.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * The floor of a playbook: its plays, over the same hosts and with the same fact gathering, each
 * doing one {@code ping} instead of its roles and tasks. What any playbook of that shape costs.
 */
final class FloorPlaybook {

    /** Play keys that carry the work; everything else (hosts, gathering, error handling) is kept. */
    private static final List<String> WORK = List.of("roles", "tasks", "pre_tasks", "post_tasks", "handlers");

    private FloorPlaybook() {
    }

    /** Writes the floor of {@code playbook} (in {@code folder}) as {@code floor}, next to it. */
    static void write(Path folder, String playbook, String floor) throws IOException {
        YAMLMapper yaml = new YAMLMapper();
        JsonNode plays = yaml.readTree(folder.resolve(playbook).toFile());
        ArrayNode out = yaml.createArrayNode();
        for (JsonNode play : plays) {
            ObjectNode copy = ((ObjectNode) play).deepCopy();
            copy.remove(WORK);
            ObjectNode ping = copy.putArray("tasks").addObject();
            ping.put("name", "Ping");
            ping.putObject("ansible.builtin.ping");
            out.add(copy);
        }
        yaml.writeValue(folder.resolve(floor).toFile(), out);
    }
}
