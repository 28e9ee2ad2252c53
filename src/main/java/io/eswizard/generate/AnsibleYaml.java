package io.eswizard.generate;

import java.io.StringWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Writes Ansible variable files with SnakeYAML's emitter, which owns quoting and escaping.
 * Text that came from the user is wrapped in {@link Unsafe} and written as {@code !unsafe "..."},
 * so Ansible passes it on literally and never renders it as a Jinja template.
 */
public final class AnsibleYaml {

    /** A user-supplied string: tagged !unsafe and always quoted. */
    public record Unsafe(String text) {
    }

    /**
     * A value encrypted with ansible-vault: tagged !vault, its envelope a literal block. Ansible
     * decrypts it when it is used and, like !unsafe text, never renders it as a template.
     */
    public record Vaulted(String envelope) {
    }

    static final Tag UNSAFE = new Tag("!unsafe");
    static final Tag VAULT = new Tag("!vault");

    private AnsibleYaml() {
    }

    public static Unsafe unsafe(String text) {
        return new Unsafe(text == null ? "" : text);
    }

    public static Vaulted vaulted(String envelope) {
        return new Vaulted(envelope);
    }

    /** A mapping that keeps insertion order, so output is deterministic. */
    public static Map<String, Object> map() {
        return new LinkedHashMap<>();
    }

    public static String write(String header, Map<String, Object> document) {
        DumperOptions options = new DumperOptions();
        options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        options.setAllowUnicode(true);
        options.setWidth(4096);
        options.setSplitLines(false);
        options.setIndent(2);
        options.setIndicatorIndent(0);
        options.setExplicitStart(true);
        options.setLineBreak(DumperOptions.LineBreak.UNIX);
        StringWriter out = new StringWriter();
        for (String line : header.split("\n", -1)) {
            out.append("# ").append(line).append('\n');
        }
        new Yaml(options).serialize(toNode(document), out);
        return out.toString();
    }

    private static Node toNode(Object value) {
        if (value instanceof Unsafe u) {
            return new ScalarNode(UNSAFE, u.text(), null, null, DumperOptions.ScalarStyle.SINGLE_QUOTED);
        }
        if (value instanceof Vaulted v) {
            return new ScalarNode(VAULT, v.envelope(), null, null, DumperOptions.ScalarStyle.LITERAL);
        }
        if (value instanceof String s) {
            return new ScalarNode(Tag.STR, s, null, null, DumperOptions.ScalarStyle.PLAIN);
        }
        if (value instanceof Integer || value instanceof Long) {
            return new ScalarNode(Tag.INT, value.toString(), null, null, DumperOptions.ScalarStyle.PLAIN);
        }
        if (value instanceof Boolean b) {
            return new ScalarNode(Tag.BOOL, b.toString(), null, null, DumperOptions.ScalarStyle.PLAIN);
        }
        if (value instanceof Map<?, ?> m) {
            List<NodeTuple> tuples = new ArrayList<>();
            for (Map.Entry<?, ?> e : m.entrySet()) {
                tuples.add(new NodeTuple(toNode((String) e.getKey()), toNode(e.getValue())));
            }
            return new MappingNode(Tag.MAP, tuples, m.isEmpty() ? DumperOptions.FlowStyle.FLOW
                    : DumperOptions.FlowStyle.BLOCK);
        }
        if (value instanceof List<?> l) {
            List<Node> items = new ArrayList<>();
            for (Object o : l) {
                items.add(toNode(o));
            }
            return new SequenceNode(Tag.SEQ, items, l.isEmpty() ? DumperOptions.FlowStyle.FLOW
                    : DumperOptions.FlowStyle.BLOCK);
        }
        throw new IllegalArgumentException("cannot write " + value.getClass());
    }
}
