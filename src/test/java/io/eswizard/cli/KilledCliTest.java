package io.eswizard.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.eswizard.model.ClusterProject;
import io.eswizard.model.ProjectDefaults;
import io.eswizard.model.TlsMode;
import io.eswizard.model.field.Field;
import io.eswizard.model.field.FieldValues;
import io.eswizard.project.ProjectFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line killed with SIGKILL in the middle of a run (no shutdown hook runs): within
 * five seconds the passwords' vars file and the run folder's TLS key are gone and no
 * ansible-playbook (nor anything it started) is left; and the next start removes what a run of a
 * dead app left in the runtime folder.
 */
@Timeout(120)
class KilledCliTest {

    static final Duration LIMIT = Duration.ofSeconds(5);
    private static final String KEY_FILE = "files/load-balancer-private-key.pem";

    @TempDir
    Path dir;
    Path project;
    Path runtime;

    @BeforeEach
    void projectWithItsOwnKey() throws IOException {
        Path cert = Files.writeString(dir.resolve("lb.crt"), "-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n");
        Path key = Files.writeString(dir.resolve("lb.key"), "-----BEGIN PRIVATE KEY-----\nMIIEvg\n-----END PRIVATE KEY-----\n");
        ClusterProject p = ProjectDefaults.localSandbox("shop", 1, 1, dir.resolve("sandbox"), true);
        p = FieldValues.write(Field.TLS_MODE, p, TlsMode.PROVIDED);
        p = FieldValues.write(Field.CERT_FILE, p, cert.toString());
        p = FieldValues.write(Field.KEY_FILE, p, key.toString());
        project = dir.resolve("shop.eswiz");
        ProjectFiles.save(project, p);
        runtime = dir.resolve("xdg-runtime");
    }

    private Map<String, String> env() {
        return Map.of("XDG_RUNTIME_DIR", runtime.toString(), "ESW_DB_PASSWORD", "Db-Passw0rd-kill-test");
    }

    @Test
    void sigkillMidRunLeavesNoSecretsFileAndNoAnsible() throws Exception {
        Path output = dir.resolve("app-output.txt");
        Process app = AppProcess.start(env(), output, "run", project.toString(), "--ansible-playbook",
                AppProcess.fake("sleepy.sh"));
        List<Long> fakes = new ArrayList<>();
        try {
            Path folder = waitForRunFolderWith("pids.txt", app, output);
            Stream.of(Files.readString(folder.resolve("pids.txt")).strip().split(" "))
                    .map(Long::parseLong).forEach(fakes::add);
            Path appFolder = runtime.resolve("es-cluster-wizard");
            String owner = app.pid() + "-";
            assertEquals(1, entries(appFolder, "secrets-" + owner).size(), "the run's vars file, named after the app");
            assertEquals(1, entries(appFolder, "keys-" + owner).size(), "the list of the run folder's keys");
            assertTrue(Files.exists(folder.resolve(KEY_FILE)), "the run has its key while it lasts");
            assertTrue(fakes.stream().allMatch(KilledCliTest::alive));

            long killed = System.nanoTime();
            app.destroyForcibly();
            app.waitFor();
            Duration taken = waitUntil(() -> entries(appFolder, "").isEmpty() && !Files.exists(folder.resolve(KEY_FILE))
                    && fakes.stream().noneMatch(KilledCliTest::alive), killed);
            System.out.println("SIGKILL of the app to no secret and no ansible-playbook left: " + taken.toMillis() + " ms");
            assertEquals(List.of(), entries(appFolder, ""), "the runtime folder after " + taken.toMillis() + " ms");
            assertFalse(Files.exists(folder.resolve(KEY_FILE)), "the run folder's key after " + taken.toMillis() + " ms");
            for (long pid : fakes) {
                assertFalse(alive(pid), "fake ansible-playbook process " + pid + " after " + taken.toMillis() + " ms");
            }
            assertTrue(taken.compareTo(LIMIT) < 0, "took " + taken.toMillis() + " ms");
        } finally {
            app.destroyForcibly();
            fakes.forEach(pid -> ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly));
        }
    }

    @Test
    void theNextStartRemovesWhatARunOfADeadAppLeft() throws Exception {
        Process gone = new ProcessBuilder("sleep", "30").start();
        String deadOwner = gone.pid() + "-" + startMillis(gone.toHandle());
        gone.destroyForcibly().waitFor();
        ProcessHandle me = ProcessHandle.current();
        String liveOwner = me.pid() + "-" + startMillis(me);

        Path appFolder = Files.createDirectories(runtime.resolve("es-cluster-wizard"));
        Path key = Files.createDirectories(dir.resolve(".esw-runs/20260101-000000-000/files"))
                .resolve("load-balancer-private-key.pem");
        Files.writeString(key, "-----BEGIN PRIVATE KEY-----\n");
        Path deadSecrets = Files.writeString(appFolder.resolve("secrets-" + deadOwner + "-11.yml"), "es_cluster_db_password: x\n");
        Path deadKeys = Files.writeString(appFolder.resolve("keys-" + deadOwner + "-12.txt"), key + "\n");
        Path liveSecrets = Files.writeString(appFolder.resolve("secrets-" + liveOwner + "-13.yml"), "es_cluster_db_password: y\n");
        Path other = Files.writeString(appFolder.resolve("notes.txt"), "not the app's\n");

        Path output = dir.resolve("app-output.txt");
        assertEquals(0, AppProcess.run(env(), output, "--version"), Files.readString(output));

        assertFalse(Files.exists(deadSecrets), "a dead app's vars file");
        assertFalse(Files.exists(deadKeys), "a dead app's list of keys");
        assertFalse(Files.exists(key), "the key a dead app's run folder held");
        assertTrue(Files.exists(liveSecrets), "a running app's vars file stays");
        assertTrue(Files.exists(other), "files the app did not write stay");
    }

    private static long startMillis(ProcessHandle p) {
        return p.info().startInstant().orElseThrow().toEpochMilli();
    }

    private Path waitForRunFolderWith(String file, Process app, Path output) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        Path runs = dir.resolve(".esw-runs");
        while (System.nanoTime() < deadline) {
            assertTrue(app.isAlive(), "the app ended before its run started: " + Files.readString(output));
            Optional<Path> found = Optional.empty();
            if (Files.isDirectory(runs)) {
                try (Stream<Path> s = Files.list(runs)) {
                    found = s.filter(f -> Files.exists(f.resolve(file))).findFirst();
                }
            }
            if (found.isPresent()) {
                return found.get();
            }
            Thread.sleep(20);
        }
        throw new AssertionError("no run started within a minute: " + Files.readString(output));
    }

    private interface Condition {
        boolean holds() throws IOException;
    }

    /** Polls until the condition holds or the limit passes twice over; returns the time since {@code start}. */
    private static Duration waitUntil(Condition condition, long start) throws Exception {
        long deadline = start + LIMIT.multipliedBy(2).toNanos();
        while (!condition.holds() && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        return Duration.ofNanos(System.nanoTime() - start);
    }

    private static List<Path> entries(Path folder, String prefix) throws IOException {
        List<Path> found = new ArrayList<>();
        if (Files.isDirectory(folder)) {
            try (Stream<Path> s = Files.list(folder)) {
                s.filter(p -> p.getFileName().toString().startsWith(prefix)).forEach(found::add);
            }
        }
        return found;
    }

    /** Alive and not a zombie: a killed process whose parent has not yet collected it counts as gone. */
    static boolean alive(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            char state = stat.charAt(stat.lastIndexOf(')') + 2);
            return state != 'Z' && state != 'X';
        } catch (IOException e) {
            return false;
        }
    }
}
