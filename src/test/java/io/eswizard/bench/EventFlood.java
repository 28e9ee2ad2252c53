package io.eswizard.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;

/**
 * A fake {@code ansible-playbook} that prints a flood of event lines in the shape of the app's
 * {@code eswizard_events} callback (ansible/callback_plugins): plays, task starts, one result per
 * host (ok, changed, skipped; a loop's items; a file diff every 7th task; an ignored failure every
 * 100th), a warning now and then as raw text, and the recap. For {@code --list-tasks} it lists the
 * tasks, as Ansible does for the progress estimate.
 */
final class EventFlood {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int TASKS_PER_PLAY = 40;

    private EventFlood() {
    }

    /** Writes the stream of exactly {@code lines} lines and the script; returns the script. */
    static Path write(Path folder, int lines, List<String> hosts) throws IOException {
        Path stream = folder.resolve("flood.jsonl");
        int tasks = 0;
        try (BufferedWriter w = Files.newBufferedWriter(stream, StandardCharsets.UTF_8)) {
            int n = 0;
            n += line(w, event("v2_playbook_on_start").put("playbook", "site.yml"));
            // The last line is the recap.
            while (n < lines - 1) {
                tasks++;
                if (tasks % TASKS_PER_PLAY == 1) {
                    ObjectNode play = event("v2_playbook_on_play_start");
                    play.putObject("play").put("id", "play-" + tasks).put("name", "Play number " + tasks);
                    n += line(w, play);
                }
                ObjectNode start = event("v2_playbook_on_task_start");
                start.set("task", task(tasks));
                n += line(w, start);
                for (int h = 0; h < hosts.size() && n < lines - 1; h++) {
                    n += line(w, result(tasks, h, hosts.get(h)));
                }
                if (tasks % 50 == 0 && n < lines - 1) {
                    w.write("[WARNING]: raw text line " + n + " that is not JSON, like a deprecation warning\n");
                    n++;
                }
            }
            ObjectNode recap = event("v2_playbook_on_stats");
            ObjectNode stats = recap.putObject("stats");
            for (String host : hosts) {
                stats.putObject(host).put("ok", tasks).put("changed", tasks / 7).put("unreachable", 0)
                        .put("failures", 0).put("skipped", tasks / 11).put("rescued", 0).put("ignored", tasks / 100);
            }
            line(w, recap);
        }
        Path listing = folder.resolve("list-tasks.txt");
        try (BufferedWriter w = Files.newBufferedWriter(listing, StandardCharsets.UTF_8)) {
            w.write("\nplaybook: site.yml\n\n  play #1 (all): Flood\tTAGS: []\n    tasks:\n");
            for (int t = 1; t <= tasks; t++) {
                w.write("      es_node : Task number " + t + "\tTAGS: []\n");
            }
        }
        Path script = folder.resolve("ansible-playbook");
        Files.writeString(script, "#!/bin/sh\n"
                + "for a in \"$@\"; do [ \"$a\" = --list-tasks ] && exec cat '" + listing + "'; done\n"
                + "exec cat '" + stream + "'\n");
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwx------"));
        return script;
    }

    private static ObjectNode result(int task, int h, String host) {
        ObjectNode r = JSON.createObjectNode();
        String event = "v2_runner_on_ok";
        if (task % 100 == 0) {
            event = "v2_runner_on_failed";
            r.put("changed", false).put("msg", "non-zero return code").put("rc", 1)
                    .put("stderr", "grep: /opt/es/conf/carbon.xml: No such file or directory\n".repeat(3))
                    .put("stdout", "");
        } else if (task % 11 == 0) {
            event = "v2_runner_on_skipped";
            r.put("changed", false);
        } else if (task % 10 == 0) {
            r.put("changed", h % 2 == 0);
            ArrayNode items = r.putArray("results");
            for (int i = 0; i < 3; i++) {
                items.addObject().put("item", "lib-" + i + ".jar").put("changed", h % 2 == 0);
            }
        } else if (task % 7 == 0) {
            r.put("changed", true).put("dest", "/opt/es/node-" + h + "/conf/axis2.xml");
            r.putArray("diff").addObject().put("before_header", "/opt/es/node-" + h + "/conf/axis2.xml")
                    .put("after_header", "/opt/es/node-" + h + "/conf/axis2.xml")
                    .put("before", "<clustering enable=\"false\">\n  <parameter name=\"domain\">old</parameter>\n")
                    .put("after", "<clustering enable=\"true\">\n  <parameter name=\"domain\">task-" + task
                            + "</parameter>\n");
        } else {
            r.put("changed", h == task % 5);
        }
        ObjectNode e = event(event);
        e.set("task", task(task));
        e.putObject("hosts").set(host, r);
        return e;
    }

    private static ObjectNode event(String name) {
        return JSON.createObjectNode().put("_event", name);
    }

    private static ObjectNode task(int number) {
        return JSON.createObjectNode().put("id", "task-" + number).put("name", "es_node : Task number " + number);
    }

    private static int line(BufferedWriter w, ObjectNode event) throws IOException {
        w.write(JSON.writeValueAsString(event));
        w.write('\n');
        return 1;
    }
}
