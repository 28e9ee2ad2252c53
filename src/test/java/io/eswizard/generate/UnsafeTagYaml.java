package io.eswizard.generate;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.AbstractConstruct;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.Tag;

/** Reads generated files the way Ansible does for our purposes: {@code !unsafe "x"} is the plain string x. */
public final class UnsafeTagYaml {

    private UnsafeTagYaml() {
    }

    public static Yaml create() {
        SafeConstructor constructor = new SafeConstructor(new LoaderOptions()) {
            {
                yamlConstructors.put(new Tag("!unsafe"), new AbstractConstruct() {
                    @Override
                    public Object construct(Node node) {
                        return ((ScalarNode) node).getValue();
                    }
                });
            }
        };
        return new Yaml(constructor);
    }
}
