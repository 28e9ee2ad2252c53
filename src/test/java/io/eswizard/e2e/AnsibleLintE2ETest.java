package io.eswizard.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The bundled playbook passes ansible-lint with the profile and exceptions in ansible/.ansible-lint. */
class AnsibleLintE2ETest {

    @Test
    void bundledPlaybookPassesAnsibleLint() throws Exception {
        E2EPrerequisites.require();
        Process p = new ProcessBuilder("ansible-lint", "--offline", "--nocolor", "site.yml")
                .directory(Path.of("ansible").toFile()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor(10, TimeUnit.MINUTES);
        assertEquals(0, p.exitValue(), out);
    }
}
