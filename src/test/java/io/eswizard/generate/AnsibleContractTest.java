package io.eswizard.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.eswizard.model.ClusterProject;
import io.eswizard.model.Secrets;
import io.eswizard.project.ProjectFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.AbstractConstruct;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * The contract between the generator and the bundled roles (ansible/README.md): every variable the
 * generator writes is declared in a role's defaults/main.yml, and every role variable whose default
 * is empty (it has no real default) is written by the generator or is a secret.
 */
class AnsibleContractTest {

    private static final Path ROLES = Path.of("ansible/roles");
    private static final Set<String> SECRETS = Set.of(SecretsFile.DB_PASSWORD_VAR, SecretsFile.DB_ADMIN_PASSWORD_VAR,
            SecretsFile.BECOME_PASSWORD_VAR, SecretsFile.BECOME_PASSWORDS_VAR);

    @Test
    void everyGeneratedVariableIsDeclaredByARole() throws Exception {
        Map<String, Object> declared = declaredDefaults();
        for (Map.Entry<String, Set<String>> written : writtenVariables().entrySet()) {
            for (String variable : written.getValue()) {
                if (variable.startsWith("ansible_")) {
                    continue; // Ansible's own connection variables
                }
                assertTrue(declared.containsKey(variable),
                        variable + " is written to " + written.getKey() + " but no role declares it in defaults/main.yml");
            }
        }
    }

    @Test
    void everyRoleVariableWithoutARealDefaultIsWrittenOrASecret() throws Exception {
        Set<String> written = new TreeSet<>();
        writtenVariables().values().forEach(written::addAll);
        Set<String> missing = new TreeSet<>();
        declaredDefaults().forEach((variable, value) -> {
            boolean noRealDefault = value == null || "".equals(value);
            if (noRealDefault && !written.contains(variable) && !SECRETS.contains(variable) && !optional(variable)) {
                missing.add(variable);
            }
        });
        assertEquals(Set.of(), missing, "role variables with an empty default that the generator never writes");
    }

    @Test
    void theSecretsFileCarriesOnlyTheDeclaredSecrets() throws Exception {
        Map<String, Object> declared = declaredDefaults();
        for (String secret : SECRETS) {
            assertTrue(declared.containsKey(secret), secret + " must be declared (with an empty default)");
        }
        assertFalse(written(SecretsFile.content(project("sso-off-tls-password-admin"), new Secrets("a", "b")))
                .isEmpty());
    }

    /** Variables that are legitimately empty unless the admin chose the matching option. */
    private static boolean optional(String variable) {
        return variable.startsWith("es_packs_") || variable.startsWith("es_nginx_cert")
                || variable.startsWith("es_nginx_key") || variable.equals("es_mysql_scripts_home");
    }

    private static Map<String, Set<String>> writtenVariables() throws Exception {
        Map<String, Set<String>> written = new TreeMap<>();
        try (Stream<Path> cases = Files.list(Path.of("src/test/resources/golden"))) {
            for (Path c : cases.sorted().toList()) {
                ClusterProject p = ProjectFiles.load(c.resolve("project.yaml"));
                InventoryGenerator.generate(p).files().forEach((path, content) -> {
                    if (!path.equals(InventoryGenerator.INVENTORY)) {
                        written.computeIfAbsent(c.getFileName() + ":" + path, k -> new TreeSet<>())
                                .addAll(written(content));
                    }
                });
                written.computeIfAbsent(c.getFileName() + ":secrets", k -> new TreeSet<>())
                        .addAll(written(SecretsFile.content(p, new Secrets("x", "y", "z", Map.of("10.0.0.1", "w")))));
            }
        }
        return written;
    }

    private static ClusterProject project(String goldenCase) throws Exception {
        return ProjectFiles.load(Path.of("src/test/resources/golden", goldenCase, "project.yaml"));
    }

    private static Set<String> written(String yaml) {
        Map<String, Object> doc = yaml().load(yaml);
        return doc == null ? Set.of() : new TreeSet<>(doc.keySet());
    }

    private static Map<String, Object> declaredDefaults() throws IOException {
        Map<String, Object> declared = new TreeMap<>();
        try (Stream<Path> files = Files.walk(ROLES)) {
            for (Path f : files.filter(p -> p.endsWith(Path.of("defaults", "main.yml"))).sorted().toList()) {
                Map<String, Object> doc = yaml().load(Files.readString(f));
                if (doc != null) {
                    declared.putAll(doc);
                }
            }
        }
        return declared;
    }

    /** SnakeYAML that reads Ansible's !unsafe and !vault tags as plain text. */
    private static Yaml yaml() {
        SafeConstructor constructor = new SafeConstructor(new LoaderOptions()) {
            {
                AbstractConstruct asText = new AbstractConstruct() {
                    @Override
                    public Object construct(Node node) {
                        return ((ScalarNode) node).getValue();
                    }
                };
                yamlConstructors.put(new Tag("!unsafe"), asText);
                yamlConstructors.put(new Tag("!vault"), asText);
            }
        };
        return new Yaml(constructor);
    }
}
