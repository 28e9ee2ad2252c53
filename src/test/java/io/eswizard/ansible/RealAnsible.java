package io.eswizard.ansible;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

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
        boolean present = AnsibleTools.locate("ansible-playbook").isPresent();
        String why = "ansible-playbook is not installed (sudo apt-get install -y ansible)";
        if (System.getenv("CI") != null && !present) {
            throw new IllegalStateException(why);
        }
        assumeTrue(present, why);
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
