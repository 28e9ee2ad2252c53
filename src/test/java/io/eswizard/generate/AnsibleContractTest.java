package io.eswizard.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.eswizard.model.ClusterProject;
import io.eswizard.model.Secrets;
import io.eswizard.project.ProjectFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The contract between the generator and the bundled playbook (ansible/README.md), both ways, and
 * one owner per variable: every variable the generator writes is declared in es_common; every
 * declared variable is read; each is declared once; and a variable a role other than es_common
 * declares is read by that role alone.
 */
class AnsibleContractTest {

    private static final Set<String> SECRETS = Set.of(SecretsFile.DB_PASSWORD_VAR, SecretsFile.DB_ADMIN_PASSWORD_VAR,
            SecretsFile.BECOME_PASSWORD_VAR, SecretsFile.BECOME_PASSWORDS_VAR);

    private final PlaybookVariables playbook = PlaybookVariables.read(Path.of("ansible"));

    @Test
    void everyGeneratedVariableIsDeclaredInTheCommonRole() throws Exception {
        Map<String, String> owners = playbook.owners();
        for (Map.Entry<String, Set<String>> written : writtenVariables().entrySet()) {
            for (String variable : written.getValue()) {
                assertEquals(PlaybookVariables.COMMON, owners.get(variable), variable + " is written to "
                        + written.getKey() + " and must be declared in roles/es_common/defaults/main.yml");
            }
        }
    }

    @Test
    void everyDeclaredVariableIsRead() throws Exception {
        Set<String> unread = new TreeSet<>(playbook.owners().keySet());
        unread.removeAll(playbook.read(generatedExpressions()));
        assertEquals(Set.of(), unread, "declared in a role but read by no task, handler, template, playbook,"
                + " default of a variable that is read, or expression the generator writes");
    }

    @Test
    void everyVariableIsDeclaredOnce() {
        assertEquals(Map.of(), playbook.declaredTwice(), "variables declared by more than one role");
    }

    @Test
    void aRoleVariableIsReadByItsRoleAlone() {
        Map<String, Set<String>> strangers = new TreeMap<>();
        playbook.owners().forEach((variable, owner) -> {
            if (!owner.equals(PlaybookVariables.COMMON)) {
                Set<String> others = new TreeSet<>(playbook.readers(variable));
                others.remove(owner);
                if (!others.isEmpty()) {
                    strangers.put(variable + " (declared by " + owner + ")", others);
                }
            }
        });
        assertEquals(Map.of(), strangers, "read outside the role that declares it: declare it in es_common");
    }

    @Test
    void everyContractVariableWithoutARealDefaultIsWrittenOrASecret() throws Exception {
        Set<String> written = new TreeSet<>();
        writtenVariables().values().forEach(written::addAll);
        Set<String> missing = new TreeSet<>();
        playbook.defaults(PlaybookVariables.COMMON).forEach((variable, value) -> {
            boolean noRealDefault = value == null || "".equals(value);
            if (noRealDefault && !written.contains(variable) && !SECRETS.contains(variable) && !optional(variable)) {
                missing.add(variable);
            }
        });
        assertEquals(Set.of(), missing, "contract variables with an empty default that the generator never writes");
    }

    @Test
    void theSecretsFileCarriesOnlyTheDeclaredSecrets() throws Exception {
        for (String secret : SECRETS) {
            assertEquals(PlaybookVariables.COMMON, playbook.owners().get(secret), secret + " must be declared in es_common");
        }
        ClusterProject p = project("sso-off-tls-password-admin");
        Set<String> keys = PlaybookVariables.keys(SecretsFile.content(p, new Secrets("a", "b", "c", Map.of())));
        keys.removeIf(k -> k.startsWith("ansible_"));
        assertTrue(SECRETS.containsAll(keys), keys::toString);
        assertFalse(keys.isEmpty());
    }

    /**
     * Variables that are legitimately empty unless the admin chose the matching option, or that an
     * operation writes (the backups', in operation.yml).
     */
    private static boolean optional(String variable) {
        return variable.startsWith("es_backup_") || variable.startsWith("es_restore_") || variable.startsWith("es_packs_") || variable.startsWith("es_nginx_cert")
                || variable.startsWith("es_nginx_key") || variable.equals("es_mysql_scripts_home");
    }

    /** Variables (not Ansible's own ansible_*) each generated file writes, for every golden case. */
    private static Map<String, Set<String>> writtenVariables() throws Exception {
        Map<String, Set<String>> written = new TreeMap<>();
        for (Map.Entry<String, String> file : generatedFiles().entrySet()) {
            Set<String> names = file.getKey().endsWith(InventoryGenerator.INVENTORY)
                    ? PlaybookVariables.hostVariables(file.getValue()) : PlaybookVariables.keys(file.getValue());
            names.removeIf(n -> n.startsWith("ansible_"));
            written.put(file.getKey(), names);
        }
        return written;
    }

    /** The Jinja expressions the generator writes (the secrets file picks the sudo password per host). */
    private static Set<String> generatedExpressions() throws Exception {
        Set<String> expressions = new TreeSet<>();
        for (String content : generatedFiles().values()) {
            PlaybookVariables.strings(content).stream().filter(s -> s.contains("{{")).forEach(expressions::add);
        }
        return expressions;
    }

    /** Every generated file of every golden case, the secrets file included, keyed "case:path". */
    private static Map<String, String> generatedFiles() throws Exception {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> cases = Files.list(Path.of("src/test/resources/golden"))) {
            for (Path c : cases.sorted().toList()) {
                ClusterProject p = ProjectFiles.load(c.resolve("project.yaml"));
                InventoryGenerator.generate(p).files().forEach((path, content) ->
                        files.put(c.getFileName() + ":" + path, content));
                files.put(c.getFileName() + ":secrets", SecretsFile.content(p,
                        new Secrets("x", "y", "z", Map.of("10.0.0.1", "w"))));
            }
        }
        return files;
    }

    private static ClusterProject project(String goldenCase) throws Exception {
        return ProjectFiles.load(Path.of("src/test/resources/golden", goldenCase, "project.yaml"));
    }
}
