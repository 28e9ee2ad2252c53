package io.eswizard.ansible;

import io.eswizard.testsupport.Prerequisites;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** For tests that run this machine's real Ansible: its presence, and the app's callback plugin in a folder. */
final class RealAnsible {

    private RealAnsible() {
    }

    /** In CI a missing Ansible fails the test; elsewhere the test is skipped, saying why. */
    static void require() {
        Prerequisites.require(AnsibleTools.locate("ansible-playbook").isPresent(),
                "ansible-playbook is not installed (sudo apt-get install -y ansible)");
    }

    /**
     * Runs one module of the bundled playbook's library on this machine (local connection) and
     * returns its result, read from Ansible's json callback.
     */
    static com.fasterxml.jackson.databind.JsonNode module(Path work, String module, Object args) throws Exception {
        Path library = work.resolve("bundled-playbook");
        if (!Files.isDirectory(library.resolve("library"))) {
            copyPlaybook(library);
        }
        var json = new com.fasterxml.jackson.databind.ObjectMapper();
        ProcessBuilder pb = new ProcessBuilder("ansible", "localhost", "-i", "localhost,", "-c", "local",
                "-e", "ansible_python_interpreter=/usr/bin/python3", "-M", library.resolve("library").toString(),
                "-m", module, "-a", json.writeValueAsString(args)).redirectError(ProcessBuilder.Redirect.DISCARD);
        pb.environment().put("ANSIBLE_MODULE_UTILS", library.resolve("module_utils").toString());
        pb.environment().put("ANSIBLE_STDOUT_CALLBACK", "json");
        pb.environment().put("ANSIBLE_LOAD_CALLBACK_PLUGINS", "1");
        pb.environment().putIfAbsent("LANG", "C.UTF-8");
        Process p = pb.start();
        byte[] out = p.getInputStream().readAllBytes();
        p.waitFor();
        String text = new String(out, java.nio.charset.StandardCharsets.UTF_8);
        return json.readTree(text.substring(text.indexOf('{'))).at("/plays/0/tasks/0/hosts/localhost");
    }

    /** Copies the whole bundled playbook (site.yml, preflight.yml, roles, plugins) into {@code folder}. */
    static void copyPlaybook(Path folder) throws IOException {
        for (var f : io.eswizard.bundle.BundledPlaybook.files().entrySet()) {
            Path target = folder.resolve(f.getKey());
            Files.createDirectories(target.getParent());
            Files.write(target, f.getValue());
        }
    }

    /** Copies the bundled callback plugin into {@code folder}/callback_plugins, as a run folder has it. */
    static void copyCallbackPlugin(Path folder) throws IOException {
        String name = PlaybookRunner.CALLBACK_FOLDER + "/" + PlaybookRunner.EVENTS_CALLBACK + ".py";
        Path target = folder.resolve(name);
        Files.createDirectories(target.getParent());
        try (InputStream in = RealAnsible.class.getResourceAsStream("/ansible/" + name)) {
            if (in == null) {
                throw new IOException("the bundled " + name + " is not on the class path");
            }
            Files.write(target, in.readAllBytes());
        }
    }
}
