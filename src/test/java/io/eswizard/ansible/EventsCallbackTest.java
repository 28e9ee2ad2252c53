package io.eswizard.ansible;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The runner with the real ansible-playbook of this machine and the app's own callback plugin
 * (ansible/callback_plugins/eswizard_events.py): a small playbook on this machine (local
 * connection) and one unreachable host, checked through the parsed {@link RunModel}.
 */
class EventsCallbackTest {

    private static final String SECRET = "Sekr1t-Wört-42";

    private static final String PLAYBOOK = """
            - name: Callback cases
              hosts: all
              gather_facts: false
              tasks:
                - name: Say hello
                  ansible.builtin.debug:
                    msg: hello
                - name: Change something
                  ansible.builtin.command: "true"
                  when: inventory_hostname == 'here'
                  notify: Note the change
                - name: Run the handlers now
                  ansible.builtin.meta: flush_handlers
                - name: Never
                  ansible.builtin.debug:
                    msg: never
                  when: false
                - name: Loop
                  ansible.builtin.shell: "echo out-{{ item }}; echo err-{{ item }} >&2; exit {{ 3 if item == 'b' else 0 }}"
                  loop: [a, b]
                  changed_when: false
                  ignore_errors: true
                - name: Preview a file
                  ansible.builtin.copy:
                    content: "new\\n"
                    dest: "{{ playbook_dir }}/preview.txt"
                  check_mode: true
                  diff: true
                - name: Hidden
                  ansible.builtin.command: echo hidden-output
                  no_log: true
                  failed_when: true
                  ignore_errors: true
                - name: Leak
                  ansible.builtin.fail:
                    msg: "the password is {{ leaked }}"
                  ignore_errors: true
                - name: Fail for real
                  ansible.builtin.shell: "echo boom >&2; exit 2"
                - name: After the failure
                  ansible.builtin.debug:
                    msg: not reached
              handlers:
                - name: Note the change
                  ansible.builtin.debug:
                    msg: noted
            """;

    @TempDir
    Path folder;

    @BeforeEach
    void layOut() throws Exception {
        RealAnsible.require();
        RealAnsible.copyCallbackPlugin(folder);
        Files.writeString(folder.resolve("ansible.cfg"), "[defaults]\nretry_files_enabled = False\n");
        Files.createDirectories(folder.resolve("inventory"));
        Files.writeString(folder.resolve("inventory/hosts.yml"), """
                all:
                  hosts:
                    here: {ansible_connection: local, ansible_python_interpreter: /usr/bin/python3}
                    gone: {ansible_host: 127.0.0.9, ansible_port: 1, ansible_connection: ssh}
                """);
        Files.writeString(folder.resolve("site.yml"), PLAYBOOK);
        Files.writeString(folder.resolve("preview.txt"), "old\n");
    }

    @Test
    @Timeout(120)
    void realRunParsesIntoTheModel() throws Exception {
        RunRequest request = RunRequest.of(folder, RunMode.APPLY)
                .withSecrets("leaked: !unsafe \"" + SECRET + "\"\n", List.of(SECRET));
        // Every result as the listener hears it (the model keeps only failures and diffs).
        List<TaskResult> results = new java.util.concurrent.CopyOnWriteArrayList<>();
        Map<String, String> taskNamesById = java.util.Collections.synchronizedMap(new java.util.LinkedHashMap<>());
        PlaybookRun run = new PlaybookRunner().start(request, new RunListener() {
            @Override
            public void onEvent(RunEvent event, RunModel model) {
                if (event instanceof RunEvent.HostResult hr) {
                    results.add(hr.result());
                } else if (event instanceof RunEvent.TaskStarted t) {
                    taskNamesById.putIfAbsent(t.taskId(), t.name());
                }
            }
        });
        RunSummary summary = run.await();
        RunModel m = run.model();
        String log = Files.readString(run.logFile(), StandardCharsets.UTF_8);
        List<String> events = Files.readAllLines(run.eventsFile(), StandardCharsets.UTF_8);

        assertEquals(4, summary.exitCode(), "ansible-playbook's code for an unreachable host\n" + log);
        assertTrue(events.get(0).startsWith("{\"_event\":\"v2_playbook_on_start\""), events.get(0));
        assertTrue(events.stream().allMatch(l -> l.startsWith("{\"_event\":\"v2_")), "only event lines");

        assertEquals(List.of("Callback cases"), m.plays());
        // The meta task's start comes twice (once per host batch in 2.14's linear strategy); the id dedupes it.
        assertEquals(List.of("Say hello", "Change something", "Run the handlers now", "Note the change", "Never", "Loop",
                "Preview a file", "Hidden", "Leak", "Fail for real"), List.copyOf(taskNamesById.values()), log);
        assertEquals(10, m.tasksStarted(), log);

        Map<String, String> statusByTaskAndHost = results.stream().filter(r -> !r.isItem()).collect(
                Collectors.toMap(r -> r.task() + "@" + r.host(), r -> r.status().word()));
        assertEquals(Map.ofEntries(
                Map.entry("Say hello@here", "ok"), Map.entry("Say hello@gone", "ok"),
                Map.entry("Change something@here", "changed"), Map.entry("Change something@gone", "skipped"),
                Map.entry("Note the change@here", "ok"),
                Map.entry("Never@here", "skipped"), Map.entry("Never@gone", "skipped"),
                Map.entry("Loop@here", "failed"), Map.entry("Loop@gone", "unreachable"),
                Map.entry("Preview a file@here", "changed"),
                Map.entry("Hidden@here", "failed"), Map.entry("Leak@here", "failed"),
                Map.entry("Fail for real@here", "failed")), statusByTaskAndHost, log);

        Map<String, String> errors = m.failures().stream().collect(
                Collectors.toMap(r -> r.task() + "@" + r.host(), TaskResult::error));
        assertEquals("One or more items failed\nitem b: non-zero return code\nstderr: err-b\nstdout: out-b",
                errors.get("Loop@here"));
        assertTrue(errors.get("Loop@gone").contains("item a: Failed to connect to the host via ssh"),
                errors.get("Loop@gone"));
        assertTrue(errors.get("Hidden@here").contains("'no_log: true' was specified"), errors.get("Hidden@here"));
        assertFalse(log.contains("hidden-output"), "no_log output stays hidden");
        assertEquals("the password is " + SecretScrubber.MASK, errors.get("Leak@here"));
        assertEquals("non-zero return code\nstderr: boom", errors.get("Fail for real@here"));

        List<FileDiff> diffs = m.diffs();
        assertEquals(1, diffs.size(), diffs.toString());
        FileDiff d = diffs.get(0);
        assertEquals("here", d.host());
        assertEquals("Preview a file", d.task());
        assertEquals(folder.resolve("preview.txt").toString(), d.fileName());
        assertEquals("old\n", d.before());
        assertEquals("new\n", d.after());
        assertEquals("old\n", Files.readString(folder.resolve("preview.txt")), "check mode changed nothing");

        assertEquals(Map.of("here", HostState.FAILED, "gone", HostState.UNREACHABLE), m.hostStates());
        HostRecap here = m.recap().get("here");
        HostRecap gone = m.recap().get("gone");
        assertEquals(new HostRecap("here", 7, 3, 0, 1, 1, 0, 3), here, log);
        assertEquals(new HostRecap("gone", 1, 0, 1, 0, 2, 0, 0), gone, log);

        for (Path file : List.of(run.logFile(), run.eventsFile(), folder.resolve(RunSummary.FILE))) {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            assertFalse(text.contains(SECRET), file + " holds the secret");
            assertFalse(text.contains("Sekr1t-W\\u00f6rt"), file + " holds the JSON-escaped secret");
        }
    }
}
