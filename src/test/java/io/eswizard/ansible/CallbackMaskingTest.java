package io.eswizard.ansible;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The callback plugin's masking (ansible/callback_plugins/eswizard_events.py), run by the Python
 * that runs Ansible here: the shared table, and random texts on which it must agree with
 * {@link SecretScrubber} byte for byte.
 */
class CallbackMaskingTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path folder;

    @BeforeEach
    void layOut() throws Exception {
        RealAnsible.require();
        RealAnsible.copyCallbackPlugin(folder);
        try (InputStream in = getClass().getResourceAsStream("/masking/scrub_with_callback.py")) {
            Files.write(folder.resolve("scrub.py"), in.readAllBytes());
        }
    }

    @Test
    @Timeout(60)
    void passesTheSharedTable() throws Exception {
        List<MaskingCases.Case> cases = MaskingCases.load();
        List<String> masked = scrubInPython(cases);
        for (int i = 0; i < cases.size(); i++) {
            assertEquals(cases.get(i).masked(), masked.get(i), cases.get(i).name());
        }
    }

    @Test
    @Timeout(60)
    void agreesWithTheJavaScrubberOnRandomTexts() throws Exception {
        List<String> secrets = List.of("Pa&ss<w>\"o'rd\\ ü€ #1", "ab", "p@s", "Zz9-Zz9-Zz9");
        String[] pieces = {"a", "b", "ab", "p", "@", "s", "%40", "&#64;", "\\", "\"", "'", "\\\"", "\\\\", "ü",
            "\\u00fc", "\\xfc", "%C3%BC", "%c3%bc", "€", "&amp;", "&lt;", " ", "+", "_", "Zz9", "-", "\\n", "'\\''",
            "UGEmc3M8dz4ibydyZFwgw7zigqwgIzE", "WnrOS1aejktWno5", "YWI=", "YWI", "cEBz", "Pa", "ss", "rd", "#1",
            secrets.get(0), secrets.get(3)};
        Random random = new Random(11);
        List<MaskingCases.Case> cases = new ArrayList<>();
        for (int round = 0; round < 3_000; round++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(16); i > 0; i--) {
                text.append(pieces[random.nextInt(pieces.length)]);
            }
            List<String> some = secrets.stream().filter(s -> random.nextInt(3) > 0).toList();
            cases.add(new MaskingCases.Case("random " + round, some, text.toString(), ""));
        }
        List<String> python = scrubInPython(cases);
        int masked = 0;
        for (int i = 0; i < cases.size(); i++) {
            MaskingCases.Case c = cases.get(i);
            String java = new SecretScrubber(c.secrets()).scrub(c.text());
            assertEquals(java, python.get(i), c.secrets() + " in " + c.text());
            masked += java.equals(c.text()) ? 0 : 1;
        }
        // The comparison means something only when both masked plenty and left plenty.
        int total = cases.size();
        assertTrue(masked > total / 5 && masked < total * 4 / 5, masked + " of " + total);
    }

    /** Passwords come from variables named like one, templates excepted unless marked unsafe. */
    @Test
    @Timeout(60)
    void takesThePasswordsOfPasswordVariablesOnly() throws Exception {
        try (InputStream in = getClass().getResourceAsStream("/masking/secret_values.py")) {
            Files.write(folder.resolve("secret_values.py"), in.readAllBytes());
        }
        Process p = new ProcessBuilder(ansiblePython(), folder.resolve("secret_values.py").toString(), plugin().toString())
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor(30, TimeUnit.SECONDS);
        assertEquals(List.of("admin-pw", "db {{ pw }}", "listed-pw", "ssh-pw", "sudo-1", "sudo-2"),
                List.of(JSON.readValue(out, String[].class)), out);
    }

    /**
     * A bundle run as its README says, with the callback but without the app: the passwords come
     * from {@code -e @secrets.yml} and from a vaulted group_vars file, and a task leaks them in
     * several forms. Nothing of them reaches the output.
     */
    @Test
    @Timeout(120)
    void masksTheBundlesPasswordsWithoutTheApp() throws Exception {
        String db = "Sekr1t-W\u00f6rt&42 'x'/y";
        String admin = "Adm1n<pass>\"z\"+%";
        char[] vaultPassword = "vault-password-for-the-test".toCharArray();
        Files.writeString(folder.resolve("ansible.cfg"), "[defaults]\nretry_files_enabled = False\n");
        Path groupVars = Files.createDirectories(folder.resolve("inventory/group_vars/all"));
        Files.writeString(folder.resolve("inventory/hosts.yml"),
                "all:\n  hosts:\n    here: {ansible_connection: local, ansible_python_interpreter: /usr/bin/python3}\n");
        Files.writeString(groupVars.resolve("secrets.yml"), "es_mysql_admin_password: !vault |\n"
                + io.eswizard.bundle.AnsibleVault.encrypt(admin, vaultPassword).indent(2));
        Path secrets = folder.resolve("secrets.yml");
        Files.writeString(secrets, "es_cluster_db_password: !unsafe '" + db.replace("'", "''") + "'\n");
        Path vaultFile = folder.resolve("vault-pass");
        Files.writeString(vaultFile, new String(vaultPassword));
        Files.writeString(folder.resolve("site.yml"), """
                - name: Leaks
                  hosts: all
                  gather_facts: false
                  tasks:
                    - name: Leak the forms of both passwords
                      ansible.builtin.fail:
                        msg: >-
                          Leaked: {% for pw in [es_cluster_db_password, es_mysql_admin_password] | map('string') %}
                          plain={{ pw }} json={{ pw | to_json }} url={{ pw | urlencode }} b64={{ pw | b64encode }}
                          sh={{ pw | quote }} yaml={{ pw | to_yaml }} repr={{ [pw] }} xml={{ pw | e }}
                          {% endfor %}
                      ignore_errors: true
                """);
        ProcessBuilder pb = new ProcessBuilder(AnsibleTools.locate("ansible-playbook").orElseThrow().toString(),
                "-i", "inventory/hosts.yml", "site.yml", "-e", "@" + secrets, "--vault-password-file", vaultFile.toString())
                .directory(folder.toFile()).redirectErrorStream(true);
        pb.environment().put("ANSIBLE_STDOUT_CALLBACK", PlaybookRunner.EVENTS_CALLBACK);
        pb.environment().put("ANSIBLE_CONFIG", folder.resolve("ansible.cfg").toString());
        pb.environment().putIfAbsent("LANG", "C.UTF-8");
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor(60, TimeUnit.SECONDS);

        assertEquals(0, p.exitValue(), out);
        assertTrue(out.contains("\"_event\":\"v2_runner_on_failed\""), out);
        assertEquals(2 * 8, out.split(java.util.regex.Pattern.quote(SecretScrubber.MASK), -1).length - 1, out);
        for (String pw : List.of(db, admin)) {
            for (String form : List.of(pw, SecretForms.json(pw, true), java.net.URLEncoder.encode(pw, StandardCharsets.UTF_8),
                    java.util.Base64.getEncoder().encodeToString(pw.getBytes(StandardCharsets.UTF_8)))) {
                assertFalse(out.contains(form), form + " in\n" + out);
            }
            assertFalse(out.contains(pw.substring(0, 6)), out);
        }
    }

    private List<String> scrubInPython(List<MaskingCases.Case> cases) throws Exception {
        Path file = folder.resolve("cases.json");
        List<Map<String, Object>> rows = new ArrayList<>();
        for (MaskingCases.Case c : cases) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("secrets", c.secrets());
            row.put("text", c.text());
            rows.add(row);
        }
        JSON.writeValue(file.toFile(), Map.of("cases", rows));
        Process p = new ProcessBuilder(ansiblePython(), folder.resolve("scrub.py").toString(), plugin().toString(),
                file.toString()).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        byte[] out = p.getInputStream().readAllBytes();
        p.waitFor(30, TimeUnit.SECONDS);
        assertEquals(0, p.exitValue(), new String(out, StandardCharsets.UTF_8));
        List<String> masked = new ArrayList<>();
        for (JsonNode n : JSON.readTree(out)) {
            masked.add(n.asText());
        }
        assertEquals(cases.size(), masked.size());
        return masked;
    }

    private Path plugin() {
        return folder.resolve(PlaybookRunner.CALLBACK_FOLDER + "/" + PlaybookRunner.EVENTS_CALLBACK + ".py");
    }

    /** The interpreter of ansible-playbook's first line: the Python that loads the callback plugin. */
    private static String ansiblePython() throws Exception {
        Path playbook = AnsibleTools.locate("ansible-playbook").orElseThrow();
        String first = Files.readAllLines(playbook.toRealPath(), StandardCharsets.UTF_8).get(0);
        String[] words = first.replaceFirst("^#!\\s*", "").trim().split("\\s+");
        return words[0].endsWith("/env") ? words[1] : words[0];
    }
}
