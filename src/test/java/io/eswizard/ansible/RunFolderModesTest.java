package io.eswizard.ansible;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.eswizard.model.ClusterProject;
import io.eswizard.model.ProjectDefaults;
import io.eswizard.model.Secrets;
import io.eswizard.model.TlsMode;
import io.eswizard.model.field.Field;
import io.eswizard.model.field.FieldValues;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Run folders, walked after real runs with a fake ansible-playbook: every folder 0700, every file 0600. */
class RunFolderModesTest {

    @TempDir
    Path dir;

    @Test
    void everyFolderIsTheOwnersAloneAndEveryFileToo() throws Exception {
        ClusterProject project = withItsOwnCertificate(ProjectDefaults.localSandbox("shop", 1, 1, dir.resolve("sb"), true));
        ProjectRuns runs = new ProjectRuns(AnsibleTools.onPath().withPlaybook(FakeAnsible.script("apply-ok.sh").toString()),
                dir.resolve(RunHistory.RUNS_FOLDER));
        Secrets secrets = new Secrets("Db-Passw0rd-modes", "");
        // A full run that succeeds, then one with an operation's choices and the nodes that left since.
        assertEquals(RunSummary.Outcome.SUCCEEDED, runs.start(project, secrets, RunMode.APPLY, List.of(),
                RunListener.NONE).await().outcome());
        ClusterProject smaller = ProjectDefaults.localSandbox("shop", 1, 0, dir.resolve("sb"), true);
        assertEquals(RunSummary.Outcome.SUCCEEDED, runs.start(withItsOwnCertificate(smaller), secrets,
                new Operation.Teardown(true, false), RunListener.NONE).await().outcome());

        List<Path> folders = runs.history().list().stream().map(RunHistory.PastRun::folder).toList();
        assertEquals(2, folders.size());
        for (Path folder : folders) {
            for (String file : List.of(RunSummary.LOG_FILE, RunSummary.EVENTS_FILE, RunSummary.FILE,
                    RunHistory.PROJECT_SNAPSHOT, "inventory/hosts.yml", "site.yml")) {
                assertTrue(Files.isRegularFile(folder.resolve(file)), folder.relativize(folder.resolve(file)).toString());
            }
        }
        assertTrue(Files.isRegularFile(folders.get(0).resolve(ProjectRuns.OPERATION_VARS)));

        List<String> wrong = new ArrayList<>();
        try (Stream<Path> all = Files.walk(runs.history().root())) {
            for (Path p : all.toList()) {
                String mode = PosixFilePermissions.toString(Files.getPosixFilePermissions(p, LinkOption.NOFOLLOW_LINKS));
                String wanted = Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS) ? "rwx------" : "rw-------";
                if (!mode.equals(wanted)) {
                    wrong.add(dir.relativize(p) + " " + mode);
                }
            }
        }
        assertEquals(List.of(), wrong);
    }

    private ClusterProject withItsOwnCertificate(ClusterProject p) throws IOException {
        Path cert = Files.writeString(dir.resolve("lb.crt"), "-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n");
        Path key = Files.writeString(dir.resolve("lb.key"), "-----BEGIN PRIVATE KEY-----\nMIIE\n-----END PRIVATE KEY-----\n");
        p = FieldValues.write(Field.TLS_MODE, p, TlsMode.PROVIDED);
        p = FieldValues.write(Field.CERT_FILE, p, cert.toString());
        return FieldValues.write(Field.KEY_FILE, p, key.toString());
    }
}
