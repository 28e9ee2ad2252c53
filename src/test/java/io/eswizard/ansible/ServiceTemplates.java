package io.eswizard.ansible;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/** Renders es_service's templates with es_common's and the role's defaults and the given variables, through the real Ansible. */
final class ServiceTemplates {

    private ServiceTemplates() {
    }

    /** The rendered text of roles/es_service/templates/{@code template}. */
    static String render(Path work, String template, Map<String, Object> vars) throws Exception {
        Path playbook = work.resolve("bundled-playbook");
        if (!Files.isDirectory(playbook.resolve("roles"))) {
            RealAnsible.copyPlaybook(playbook);
        }
        Path out = work.resolve(template + ".out");
        Map<String, Object> all = new HashMap<>(Map.of("es_cluster_name", "shop", "es_service_name", "esw-shop-store-1",
                "es_service_server", "store-1", "es_service_description", "WSO2 Enterprise Store store-1 (shop)",
                "es_service_java_home_found", ""));
        all.putAll(vars);
        Path varsFile = work.resolve("template-vars.json");
        Files.writeString(varsFile, new ObjectMapper().writeValueAsString(all));
        Path site = work.resolve("render.yml");
        Files.writeString(site, """
                - hosts: localhost
                  gather_facts: false
                  vars_files: [%s, %s]
                  tasks:
                    - ansible.builtin.template:
                        src: %s
                        dest: %s
                        mode: "0755"
                """.formatted(playbook.resolve("roles/es_common/defaults/main.yml"),
                playbook.resolve("roles/es_service/defaults/main.yml"),
                playbook.resolve("roles/es_service/templates/" + template), out));
        ProcessBuilder pb = new ProcessBuilder("ansible-playbook", "-i", "localhost,", "-c", "local",
                "-e", "ansible_python_interpreter=/usr/bin/python3", "-e", "@" + varsFile, site.toString())
                .redirectErrorStream(true);
        pb.environment().putIfAbsent("LANG", "C.UTF-8");
        Process p = pb.start();
        String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (p.waitFor() != 0) {
            throw new AssertionError("rendering " + template + " failed:\n" + log);
        }
        return Files.readString(out);
    }
}
