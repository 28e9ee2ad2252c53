package io.eswizard.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.eswizard.model.ClusterProject;
import io.eswizard.model.ProjectDefaults;
import io.eswizard.model.Secrets;
import java.io.StringReader;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;

/** The run's secrets vars file: the sudo passwords as literal text and Ansible's per-host choice of them. */
class SecretsFileTest {

    private final ClusterProject project = ProjectDefaults.reference("x", 2, 2);

    @Test
    void sudoPasswordsAreLiteralAndPickedPerMachineAddress() {
        String hostile = "s'u\"d:o {{y}} <&> ü";
        String yaml = SecretsFile.content(project, new Secrets("db", "", hostile, Map.of("10.0.0.12", "{{ other }}")));
        Map<String, Object> vars = UnsafeTagYaml.create().load(yaml);
        assertEquals(hostile, vars.get(SecretsFile.BECOME_PASSWORD_VAR));
        assertEquals(Map.of("10.0.0.12", "{{ other }}"), vars.get(SecretsFile.BECOME_PASSWORDS_VAR));
        assertEquals(SecretsFile.BECOME_PASSWORD_CHOICE, vars.get(SecretsFile.ANSIBLE_BECOME_PASSWORD));

        Map<String, String> tags = tags(yaml);
        assertEquals("!unsafe", tags.get(SecretsFile.BECOME_PASSWORD_VAR), "the password is never templated");
        assertEquals("!unsafe", tags.get(SecretsFile.BECOME_PASSWORDS_VAR + ".10.0.0.12"));
        assertEquals("tag:yaml.org,2002:str", tags.get(SecretsFile.ANSIBLE_BECOME_PASSWORD),
                "the choice is a template Ansible evaluates per host");
    }

    @Test
    void withoutASudoPasswordNothingAboutSudoIsWritten() {
        Map<String, Object> vars = UnsafeTagYaml.create().load(SecretsFile.content(project, new Secrets("db", "")));
        assertFalse(vars.containsKey(SecretsFile.BECOME_PASSWORD_VAR));
        assertFalse(vars.containsKey(SecretsFile.ANSIBLE_BECOME_PASSWORD));
    }

    /** key (dotted for nested mappings) -> the tag of its scalar value. */
    private static Map<String, String> tags(String yaml) {
        Map<String, String> tags = new HashMap<>();
        collect(new Yaml().compose(new StringReader(yaml)), "", tags);
        return tags;
    }

    private static void collect(Node node, String prefix, Map<String, String> tags) {
        if (node instanceof MappingNode m) {
            for (NodeTuple t : m.getValue()) {
                String key = prefix + ((ScalarNode) t.getKeyNode()).getValue();
                collect(t.getValueNode(), key + ".", tags);
                if (t.getValueNode() instanceof ScalarNode s) {
                    tags.put(key, s.getTag().getValue());
                }
            }
        }
    }
}
