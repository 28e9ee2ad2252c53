package io.eswizard.ansible;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

class PlaybookRunnerTest {

    @TempDir
    Path runFolder;

    /** Collects what a listener hears, and on which threads. */
    static final class Recorder implements RunListener {
        final List<String> lines = new CopyOnWriteArrayList<>();
        final List<RunEvent> events = new CopyOnWriteArrayList<>();
        final List<String> threads = new CopyOnWriteArrayList<>();
        volatile RunSummary finished;

        @Override
        public void onEvent(RunEvent event, RunModel model) {
            events.add(event);
            threads.add(Thread.currentThread().getName());
        }

        @Override
        public void onLine(String line) {
            lines.add(line);
        }

        @Override
        public void onFinished(RunSummary summary) {
            finished = summary;
        }
    }

    @Test
    void applyRunBuildsTheModelRecapAndFiles() throws Exception {
        Recorder rec = new Recorder();
        RunSummary s = FakeAnsible.runner("apply.sh").run(RunRequest.of(runFolder, RunMode.APPLY), rec);

        assertEquals(4, s.exitCode());
        assertEquals(RunSummary.Outcome.FAILED, s.outcome());
        assertEquals(s, rec.finished);
        assertEquals(1, rec.threads.stream().distinct().count(), "all events on the one reader thread");

        Map<String, HostRecap> recap = s.recap();
        assertEquals(List.of("h1", "h2", "h3"), List.copyOf(recap.keySet()));
        assertEquals(new HostRecap("h2", 3, 0, 0, 1, 1, 0, 0), recap.get("h2"));
        assertEquals(List.of("h2", "h3"), s.hostsToRetry());
        assertEquals(5, s.tasksStarted());

        String log = Files.readString(runFolder.resolve(RunSummary.LOG_FILE));
        assertTrue(log.contains("PLAY [Demo play]"), log);
        assertTrue(log.contains("TASK [Write a file]\n  h3: unreachable\n      Failed to connect to the host via ssh"), log);
        assertTrue(log.contains("TASK [Fail]\n  h1: skipped\n  h2: failed\n      non-zero return code\n      stderr: oops"),
                log);
        assertTrue(log.contains("  h2 : ok=3 changed=0 unreachable=0 failed=1 skipped=1 rescued=0 ignored=0"), log);
        List<String> events = Files.readAllLines(runFolder.resolve(RunSummary.EVENTS_FILE));
        assertEquals(19, events.size());
        assertTrue(events.stream().allMatch(l -> l.startsWith("{\"_event\"")));
        assertEquals(s, RunSummary.readFrom(runFolder));
    }

    @Test
    void runModelKnowsTasksFailuresAndHostStates() throws Exception {
        PlaybookRun run = FakeAnsible.runner("apply.sh").start(RunRequest.of(runFolder, RunMode.APPLY).withTasksPlanned(4),
                RunListener.NONE);
        run.await();
        RunModel m = run.model();
        assertEquals(List.of("Demo play"), m.plays());
        assertEquals(5, m.tasksStarted(), "Say hi, Write a file, Loop, Skip, Fail");
        List<TaskResult> failures = m.failures();
        assertEquals(2, failures.size());
        assertEquals("h3", failures.get(0).host());
        assertEquals(ResultStatus.UNREACHABLE, failures.get(0).status());
        assertTrue(failures.get(0).error().contains("Connection refused"));
        assertEquals("Fail", failures.get(1).task());
        assertEquals("non-zero return code\nstderr: oops", failures.get(1).error());
        assertEquals(Map.of("h1", HostState.OK, "h2", HostState.FAILED, "h3", HostState.UNREACHABLE),
                m.hostStates());
        RunProgress p = m.progress();
        assertEquals(5, p.tasksDone());
        assertEquals(5, p.tasksPlanned(), "planned grows to what actually started");
        assertEquals("", p.currentTask());
    }

    @Test
    void dryRunPassesCheckAndDiffAndExposesEachFilesDiff() throws Exception {
        PlaybookRun run = FakeAnsible.runner("check.sh").start(RunRequest.of(runFolder, RunMode.CHECK), RunListener.NONE);
        run.await();
        List<FileDiff> diffs = run.model().diffs();
        assertEquals(2, diffs.size());
        FileDiff h1 = diffs.stream().filter(d -> d.host().equals("h1")).findFirst().orElseThrow();
        assertEquals("/srv/demo/out-h1.txt", h1.fileName());
        assertEquals("old\n", h1.before());
        assertEquals("new\n", h1.after());
        assertEquals("Write a file", h1.task());
        String log = Files.readString(run.logFile());
        assertTrue(log.contains("diff of /srv/demo/out-h1.txt:\n        --- /srv/demo/out-h1.txt\n"
                + "        +++ /tmp/ansible-tmp/new-file\n        -old\n        +new\n"), log);
        assertTrue(log.contains("  h2: changed\n      diff of /srv/demo/out-h2.txt:\n        --- before\n"
                + "        +++ /tmp/ansible-tmp/new-file\n        +new\n  h1: changed"), log);
    }

    @Test
    void argumentsEnvironmentAndSecretsFile() throws Exception {
        String password = "s3cr\"et-Pässword";
        String content = "es_cluster_db_password: !unsafe \"" + password.replace("\"", "\\\"") + "\"\n";
        RunRequest request = RunRequest.of(runFolder, RunMode.CHECK).withLimit(List.of("h2", "h3"))
                .withSecrets(content, List.of(password));
        Files.writeString(runFolder.resolve("ansible.cfg"), "[defaults]\n");
        Recorder rec = new Recorder();
        RunSummary s = FakeAnsible.runner("leaky.sh").run(request, rec);

        assertEquals(2, s.exitCode());
        List<String> argv = Files.readAllLines(runFolder.resolve("argv.txt"));
        Path secretsPath = Path.of(Files.readString(runFolder.resolve("secrets-path.txt")).strip());
        assertEquals(List.of("-i", "inventory/hosts.yml", "site.yml", "--check", "--diff", "--limit", "h2,h3", "-e",
                "@" + secretsPath), argv);
        assertEquals("600", Files.readString(runFolder.resolve("secrets-mode.txt")).strip());
        assertEquals(RuntimeFolder.ready(), secretsPath.getParent(), "the vars file is in the runtime folder");
        assertEquals(RunOwner.current(), RunOwner.fromFileName(secretsPath.getFileName().toString()).orElseThrow());
        assertFalse(Files.exists(secretsPath), "secrets file deleted after the run");
        assertEquals(runFolder.toRealPath().toString(), Files.readString(runFolder.resolve("cwd.txt")).strip());

        String env = Files.readString(runFolder.resolve("env.txt"));
        assertTrue(env.contains("ANSIBLE_STDOUT_CALLBACK=eswizard_events\n"));
        assertTrue(env.contains("PYTHONUNBUFFERED=1\n"));
        assertTrue(env.contains("ANSIBLE_NOCOLOR=1\n"));
        assertTrue(env.contains("ANSIBLE_FORCE_COLOR=0\n"));
        assertTrue(env.contains("ANSIBLE_CONFIG=" + runFolder.resolve("ansible.cfg").toAbsolutePath() + "\n"));

        for (String file : List.of("argv.txt", "env.txt", RunSummary.LOG_FILE, RunSummary.EVENTS_FILE,
                RunSummary.FILE)) {
            String text = Files.readString(runFolder.resolve(file), StandardCharsets.UTF_8);
            assertFalse(text.contains("Pässword"), file + " must not contain the password");
            assertFalse(text.contains("P\\u00e4ssword"), file + " must not contain the JSON-escaped password");
        }
        assertTrue(Files.readString(runFolder.resolve(RunSummary.LOG_FILE)).contains("password=" + SecretScrubber.MASK));
        assertTrue(rec.lines.stream().noneMatch(l -> l.contains("Pässword")));
        assertTrue(run(rec.lines).contains("Access denied for password " + SecretScrubber.MASK));
    }

    private static String run(List<String> lines) {
        return String.join("\n", lines);
    }

    @Test
    void crashMidRunKeepsExitCodeAndLastLines() throws Exception {
        RunSummary s = FakeAnsible.runner("crash.sh").run(RunRequest.of(runFolder, RunMode.APPLY), RunListener.NONE);
        assertEquals(250, s.exitCode());
        assertEquals(RunSummary.Outcome.FAILED, s.outcome());
        assertTrue(s.recap().isEmpty());
        assertTrue(s.message().contains("stopped before the recap"), s.message());
        assertEquals("MemoryError: out of memory", s.lastLines().get(s.lastLines().size() - 1));
        assertTrue(s.lastLines().contains("TASK [es_node : Copy the JDBC driver]"));
    }

    @Test
    @Timeout(30)
    void cancelEndsTheWholeProcessTree() throws Exception {
        PlaybookRun run = FakeAnsible.runner("hang.sh").start(RunRequest.of(runFolder, RunMode.APPLY)
                .withSecrets("es_cluster_db_password: !unsafe \"x\"\n", List.of()), RunListener.NONE);
        Path childPid = runFolder.resolve("child.pid");
        while (!Files.exists(childPid) || Files.readString(childPid).isBlank()) {
            Thread.sleep(20);
        }
        long child = Long.parseLong(Files.readString(childPid).strip());
        assertTrue(ProcessHandle.of(child).map(ProcessHandle::isAlive).orElse(false));
        assertEquals("Wait forever", waitForCurrentTask(run));

        run.cancel();
        RunSummary s = run.await();

        assertTrue(s.cancelled());
        assertEquals(RunSummary.Outcome.CANCELLED, s.outcome());
        assertFalse(run.process().isAlive());
        waitUntilGone(Long.parseLong(Files.readString(runFolder.resolve("parent.pid")).strip()));
        waitUntilGone(child);
        Path secrets = Path.of(Files.readString(runFolder.resolve("last-arg.txt")).strip().substring(1));
        assertTrue(secrets.getFileName().toString().startsWith("secrets-"), secrets.toString());
        assertFalse(Files.exists(secrets), "secrets file deleted after a cancel");
    }

    private static String waitForCurrentTask(PlaybookRun run) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (run.model().progress().currentTask().isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        return run.model().progress().currentTask();
    }

    private static void waitUntilGone(long pid) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)) {
            assertTrue(System.nanoTime() < deadline, "child process " + pid + " still alive");
            Thread.sleep(20);
        }
    }

    @Test
    void garbageInvalidUtf8AndVeryLongLinesSurvive() throws Exception {
        Recorder rec = new Recorder();
        RunSummary s = FakeAnsible.runner("garbage.sh").run(RunRequest.of(runFolder, RunMode.APPLY), rec);
        assertEquals(0, s.exitCode());
        assertEquals(RunSummary.Outcome.SUCCEEDED, s.outcome());
        assertEquals(1, s.recap().size());

        List<String> log = Files.readAllLines(runFolder.resolve(RunSummary.LOG_FILE));
        assertTrue(log.contains("WARNING: something odd"));
        assertTrue(log.contains("{\"_event\": \"v2_playbook_on_task_start\", broken"));
        assertTrue(log.contains("latin-1 bytes: caf\uFFFD \uFFFD\uFFFD end"), String.join("\n", log));
        assertTrue(log.contains("x".repeat(100_000)), "the full long line is on disk");
        assertTrue(log.contains("[1, 2, 3]"));
        assertTrue(log.contains("last line without newline"));

        String shown = rec.lines.stream().filter(l -> l.startsWith("xxx")).findFirst().orElseThrow();
        assertTrue(shown.length() < 2_100, "the on-screen line is capped");
        assertTrue(shown.endsWith("(98000 more characters in the log file)"), shown);
        assertEquals(List.of("Long"), List.copyOf(List.of(rec.events.stream()
                .filter(e -> e instanceof RunEvent.TaskStarted).map(e -> ((RunEvent.TaskStarted) e).name())
                .toArray(String[]::new))));
    }

    @Test
    void missingAnsiblePlaybookGivesInstallAdvice(@TempDir Path empty) {
        PlaybookRunner runner = new PlaybookRunner(AnsibleTools.onPath().withPlaybook(empty.resolve("ansible-playbook")
                .toString()));
        AnsibleNotFoundException e = assertThrows(AnsibleNotFoundException.class,
                () -> runner.start(RunRequest.of(runFolder, RunMode.APPLY), RunListener.NONE));
        assertEquals("ansible-playbook was not found. Install it with: sudo apt-get install -y ansible (Debian/Ubuntu) "
                + "or sudo dnf install -y ansible-core (RHEL family)", e.getMessage());
    }

    @Test
    void retryTargetsTheFailedAndUnreachableHostsOfAPastRun() throws Exception {
        RunSummary first = FakeAnsible.runner("apply.sh").run(RunRequest.of(runFolder, RunMode.APPLY), RunListener.NONE);
        List<String> cmd = PlaybookRunner.command(Path.of("ansible-playbook"),
                RunRequest.of(runFolder, RunMode.APPLY).withLimit(first.hostsToRetry()), null);
        assertEquals(List.of("ansible-playbook", "-i", "inventory/hosts.yml", "site.yml", "--limit", "h2,h3"), cmd);
        assertEquals(new ArrayList<>(List.of("h2", "h3")), first.hostsToRetry());
    }
}
