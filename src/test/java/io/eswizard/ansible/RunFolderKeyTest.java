package io.eswizard.ansible;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.eswizard.model.ClusterProject;
import io.eswizard.model.ProjectDefaults;
import io.eswizard.model.Secrets;
import io.eswizard.model.TlsMode;
import io.eswizard.model.field.Field;
import io.eswizard.model.field.FieldValues;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** A run folder holds a provided TLS private key while its run lasts, and never after. */
class RunFolderKeyTest {

    private static final byte[] KEY = "-----BEGIN PRIVATE KEY-----\nMIIEvgIBADANBgkqhkiG9w0BAQEF\n-----END PRIVATE KEY-----\n"
            .getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    @TempDir
    Path dir;
    private ClusterProject project;

    @BeforeEach
    void projectWithItsOwnCertificate() throws IOException {
        Path cert = Files.writeString(dir.resolve("lb.crt"), "-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n");
        Path key = Files.write(dir.resolve("lb.key"), KEY);
        ClusterProject p = ProjectDefaults.localSandbox("shop", 1, 1, dir.resolve("sb"), true);
        p = FieldValues.write(Field.TLS_MODE, p, TlsMode.PROVIDED);
        p = FieldValues.write(Field.CERT_FILE, p, cert.toString());
        project = FieldValues.write(Field.KEY_FILE, p, key.toString());
    }

    @Test
    void aFinishedRunFolderHoldsNoPrivateKey() throws Exception {
        ProjectRuns runs = runs("key-check.sh");
        PlaybookRun run = runs.start(project, new Secrets("pw", ""), RunMode.APPLY, List.of(), RunListener.NONE);
        RunSummary summary = run.await();
        assertEquals(4, summary.exitCode());
        assertTrue(Files.readString(run.logFile()).contains("the private key is in the run folder during the run"));
        assertEquals(List.of(), filesHoldingTheKey(run.runFolder()));
    }

    @Test
    @Timeout(30)
    void aCancelledRunFolderHoldsNoPrivateKey() throws Exception {
        ProjectRuns runs = runs("hang.sh");
        RunRequest request = runs.layOut(project, new Secrets("pw", ""), RunMode.APPLY, List.of(),
                RunRequest.DEFAULT_PLAYBOOK);
        PlaybookRun run = new PlaybookRunner(runs.tools()).start(request, RunListener.NONE);
        while (!Files.exists(run.runFolder().resolve("child.pid"))) {
            Thread.sleep(20);
        }
        assertFalse(filesHoldingTheKey(run.runFolder()).isEmpty(), "the run has its key while it lasts");
        run.cancel();
        assertTrue(run.await().cancelled());
        assertEquals(List.of(), filesHoldingTheKey(run.runFolder()));
    }

    private ProjectRuns runs(String fake) {
        return new ProjectRuns(AnsibleTools.onPath().withPlaybook(FakeAnsible.script(fake).toString()),
                dir.resolve(RunHistory.RUNS_FOLDER));
    }

    private static List<String> filesHoldingTheKey(Path folder) throws IOException {
        String key = new String(KEY, java.nio.charset.StandardCharsets.US_ASCII).lines().skip(1).findFirst().orElseThrow();
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                if (new String(Files.readAllBytes(f), java.nio.charset.StandardCharsets.ISO_8859_1).contains(key)) {
                    found.add(folder.relativize(f).toString());
                }
            }
        }
        return found;
    }
}
