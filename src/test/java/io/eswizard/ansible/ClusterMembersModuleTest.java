package io.eswizard.ansible;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bundled es_cluster_members module (ansible/library), run by this machine's Ansible through the
 * app's runner, on Carbon logs written line by line as Carbon 4.4 and Hazelcast 3.5 write them.
 */
class ClusterMembersModuleTest {

    private static final String NODES = "[{name: n1, local_member_host: 127.0.0.11, member_port: 4001},"
            + " {name: n2, local_member_host: 127.0.0.12, member_port: 4002},"
            + " {name: n3, local_member_host: 127.0.0.13, member_port: 4003}]";

    @TempDir
    Path folder;

    @BeforeEach
    void layOut() throws Exception {
        RealAnsible.require();
        RealAnsible.copyCallbackPlugin(folder);
        copyFromPlaybook("library/es_cluster_members.py");
        copyFromPlaybook("module_utils/es_verify.py");
        Files.writeString(folder.resolve("ansible.cfg"), "[defaults]\nretry_files_enabled = False\n");
        Files.createDirectories(folder.resolve("inventory"));
        Files.writeString(folder.resolve("inventory/hosts.yml"),
                "all:\n  hosts:\n    n2: {ansible_connection: local, ansible_python_interpreter: /usr/bin/python3}\n");
    }

    private void copyFromPlaybook(String relative) throws IOException {
        Path target = folder.resolve(relative);
        Files.createDirectories(target.getParent());
        try (InputStream in = getClass().getResourceAsStream("/ansible/" + relative)) {
            Files.write(target, in.readAllBytes());
        }
    }

    private static String line(String level, String category, String message) {
        return "TID: [-1234] [] [2026-03-01 10:00:00,000] " + String.format("%5s", level) + " {" + category + "} -  "
                + message + " {" + category + "}\n";
    }

    private static String start(String time) {
        return line("INFO", "org.wso2.carbon.core.internal.CarbonCoreActivator", "Starting WSO2 Carbon...")
                .replace("2026-03-01 10:00:00", time);
    }

    /** Hazelcast's member list, "this" member first. */
    private static String members(String me, String... others) {
        StringBuilder m = new StringBuilder("[" + me.replace(":", "]:") + " [es.wso2.domain] [3.5.0] \n\nMembers ["
                + (others.length + 1) + "] {\n\tMember [" + me.replace(":", "]:") + " this\n");
        for (String o : others) {
            m.append("\tMember [").append(o.replace(":", "]:")).append('\n');
        }
        return line("INFO", "com.hazelcast.cluster.ClusterService", m.append("}\n").toString());
    }

    private static final String HALT = line("INFO", "org.wso2.carbon.core.ServerManagement", "Halting JVM");
    private static final String N2 = "127.0.0.12:4002";

    /** Runs one module task per log and returns each task's membership check, or its error. */
    private Map<String, Object> run(Map<String, String> logs, String args) throws Exception {
        StringBuilder play = new StringBuilder("- hosts: all\n  gather_facts: false\n  tasks:\n");
        for (Map.Entry<String, String> log : logs.entrySet()) {
            Files.writeString(folder.resolve(log.getKey() + ".log"), log.getValue());
            play.append("    - name: ").append(log.getKey())
                    .append("\n      es_cluster_members:\n        log: \"{{ playbook_dir }}/").append(log.getKey())
                    .append(".log\"\n        node: n2\n        nodes: ").append(NODES)
                    .append("\n        ").append(args).append("\n      ignore_errors: true\n      register: r\n");
        }
        Files.writeString(folder.resolve("site.yml"), play.toString());
        Map<String, String> taskNames = new LinkedHashMap<>();
        List<RunEvent> events = new CopyOnWriteArrayList<>();
        PlaybookRun run = new PlaybookRunner().start(RunRequest.of(folder, RunMode.APPLY), new RunListener() {
            @Override
            public void onEvent(RunEvent event, RunModel model) {
                events.add(event);
            }
        });
        RunSummary summary = run.await();
        assertEquals(0, summary.exitCode(), () -> String.join("\n", summary.lastLines()));
        Map<String, Object> outcome = new LinkedHashMap<>();
        for (RunEvent e : events) {
            if (e instanceof RunEvent.TaskStarted t) {
                taskNames.put(t.taskId(), t.name());
            } else if (e instanceof RunEvent.Checks c) {
                outcome.put(taskNames.get(c.taskId()), c.checks().get(0));
            } else if (e instanceof RunEvent.HostResult hr && hr.result().status() == ResultStatus.FAILED) {
                outcome.putIfAbsent(taskNames.get(hr.result().taskId()), hr.result().error());
            }
        }
        return outcome;
    }

    @Test
    @Timeout(120)
    void onlyTheLatestStartCountsAndANodeAloneHasNotJoined() throws Exception {
        Map<String, String> logs = new LinkedHashMap<>();
        logs.put("alone", start("2026-03-01 09:00:00") + members(N2, "127.0.0.11:4001", "127.0.0.13:4003")
                + HALT + start("2026-03-01 10:00:00") + members(N2));
        logs.put("joined", start("2026-03-01 10:00:00") + members(N2) + members(N2, "127.0.0.11:4001")
                + members(N2, "127.0.0.11:4001", "127.0.0.13:4003"));
        logs.put("stopped", start("2026-03-01 10:00:00") + members(N2, "127.0.0.11:4001", "127.0.0.13:4003") + HALT);
        logs.put("wrongport", start("2026-03-01 10:00:00") + members("127.0.0.12:4999", "127.0.0.11:4001",
                "127.0.0.13:4003"));
        logs.put("othergone", start("2026-03-01 10:00:00") + members(N2, "127.0.0.11:4001", "127.0.0.13:4003")
                + members(N2, "127.0.0.11:4001"));
        logs.put("noport", start("2026-03-01 10:00:00") + line("ERROR",
                "org.wso2.carbon.core.clustering.hazelcast.HazelcastClusteringAgent",
                "Hazelcast cannot start: port [4002] on 127.0.0.12 is not free (Address already in use)"));
        logs.put("nostart", members(N2, "127.0.0.11:4001", "127.0.0.13:4003"));

        Map<String, Object> checks = run(logs, "report: true");

        CheckResult alone = (CheckResult) checks.get("alone");
        assertEquals(List.of(false, "nodes[n1].memberPort"), List.of(alone.ok(), alone.field()));
        assertEquals("n2 sees 1 of 3 members since its start at 2026-03-01 10:00:00; missing: n1 (127.0.0.11:4001), "
                + "n3 (127.0.0.13:4003) (is it running, and can the others reach that port?)", alone.cause());
        assertEquals(new CheckResult("membership", "n2", "n2",
                "joined the cluster: its log since its latest start lists all 3 nodes", true, "", ""), checks.get("joined"));
        CheckResult stopped = (CheckResult) checks.get("stopped");
        assertEquals(List.of(false, ""), List.of(stopped.ok(), stopped.field()));
        assertTrue(stopped.cause().startsWith("n2 stopped after its start at 2026-03-01 10:00:00"), stopped.cause());
        CheckResult wrongPort = (CheckResult) checks.get("wrongport");
        assertEquals("nodes[n2].memberPort", wrongPort.field());
        assertTrue(wrongPort.cause().startsWith("n2 is in the cluster as 127.0.0.12:4999, but the project says "
                + "127.0.0.12:4002"), wrongPort.cause());
        CheckResult otherGone = (CheckResult) checks.get("othergone");
        assertEquals("nodes[n3].memberPort", otherGone.field(), "the latest list counts");
        CheckResult noPort = (CheckResult) checks.get("noport");
        assertTrue(noPort.cause().endsWith(": Hazelcast cannot start: port [4002] on 127.0.0.12 is not free "
                + "(Address already in use)"), noPort.cause());
        assertEquals(List.of(false, ""), List.of(((CheckResult) checks.get("nostart")).ok(),
                ((CheckResult) checks.get("nostart")).field()));
    }

    @Test
    @Timeout(120)
    void theStartWaitWantsAsManyMembersAsNodesAndSaysWhatItSawWhenTimeIsUp() throws Exception {
        Map<String, String> logs = new LinkedHashMap<>();
        logs.put("three", start("2026-03-01 10:00:00") + members("127.0.0.12:4999", "127.0.0.11:4001",
                "127.0.0.13:4003"));
        logs.put("two", start("2026-03-01 10:00:00") + members(N2, "127.0.0.11:4001"));

        Map<String, Object> outcome = run(logs, "match: count\n        wait: 2");

        assertEquals(Map.of("two", "n2 sees 2 of 3 members since its start at 2026-03-01 10:00:00 (waited 2 s)"),
                outcome, "three members of three nodes pass, whatever their ports");
    }
}
