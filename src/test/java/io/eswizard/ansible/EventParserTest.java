package io.eswizard.ansible;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Lines of the app's callback, and the ansible.posix.jsonl lines it follows, read the same. */
class EventParserTest {

    private final EventParser parser = new EventParser();

    @Test
    void playbookStartIsKeptInTheFileButMeansNothingToTheModel() {
        assertEquals(List.of(), parser.parse("{\"_event\":\"v2_playbook_on_start\",\"playbook\":\"site.yml\"}"));
    }

    @Test
    void compactAndJsonlResultsParseAlike() {
        String ours = "{\"_event\":\"v2_runner_on_failed\",\"task\":{\"id\":\"t1\",\"name\":\"Fail\"},"
                + "\"hosts\":{\"h1\":{\"changed\":false,\"msg\":\"non-zero return code\",\"rc\":2,\"stderr\":\"oops\","
                + "\"stdout\":\"\"}}}";
        String jsonl = "{\"_event\":\"v2_runner_on_failed\",\"_timestamp\":\"2026-01-01T00:00:00Z\",\"hosts\":{\"h1\":"
                + "{\"action\":\"ansible.builtin.command\",\"changed\":false,\"cmd\":[\"false\"],\"failed\":true,"
                + "\"msg\":\"non-zero return code\",\"rc\":2,\"stderr\":\"oops\",\"stderr_lines\":[\"oops\"],"
                + "\"stdout\":\"\",\"stdout_lines\":[]}},\"task\":{\"duration\":{\"start\":\"x\"},\"id\":\"t1\","
                + "\"name\":\"Fail\",\"path\":\"/srv/site.yml:3\"}}";
        List<RunEvent> a = parser.parse(ours);
        assertEquals(a, parser.parse(jsonl));
        TaskResult r = ((RunEvent.HostResult) a.get(0)).result();
        assertEquals(ResultStatus.FAILED, r.status());
        assertEquals("non-zero return code\nstderr: oops", r.error());
    }

    @Test
    void aNoLogFailureShowsAnsiblesNotice() {
        List<RunEvent> e = parser.parse("{\"_event\":\"v2_runner_on_failed\",\"task\":{\"id\":\"t1\",\"name\":\"Secret\"},"
                + "\"hosts\":{\"db\":{\"changed\":false,\"censored\":\"the output has been hidden\"}}}");
        TaskResult r = assertInstanceOf(RunEvent.HostResult.class, e.get(0)).result();
        assertEquals("the output has been hidden", r.error());
    }

    @Test
    void bytesParseAsTheStringDoesWhereverTheEventFieldIs() {
        List<String> lines = List.of(
                "{\"_event\":\"v2_runner_on_ok\",\"task\":{\"id\":\"t1\",\"name\":\"Copy\"},"
                        + "\"hosts\":{\"h1\":{\"changed\":true},\"h2\":{\"changed\":false}}}",
                // ansible.posix.jsonl puts the hosts before the task
                "{\"_event\":\"v2_runner_item_on_failed\",\"hosts\":{\"h1\":{\"item\":\"a\",\"msg\":\"boom\"}},"
                        + "\"task\":{\"id\":\"t2\",\"name\":\"Loop\",\"path\":\"x.yml:3\"}}",
                // _event not first: read as a whole tree
                "{\"task\":{\"id\":\"t3\",\"name\":\"Late\"},\"_event\":\"v2_playbook_on_task_start\"}",
                "{\"_event\":\"v2_playbook_on_play_start\",\"play\":{\"id\":\"p\",\"name\":\"Nodes é\"}}",
                "{\"_event\":\"v2_playbook_on_stats\",\"stats\":{\"h1\":{\"ok\":3,\"changed\":1}}}",
                "{\"_event\":\"v2_runner_on_ok\",\"task\":{\"id\":7,\"name\":[1]},\"hosts\":{\"h1\":null}}",
                "{\"_event\":\"v2_some_future_event\",\"x\":[1,{\"y\":2}]}",
                "{\"no_event\":1}",
                "[1, 2]",
                "{\"_event\":\"v2_playbook_on_task_start\",\"task\":{\"id\":\"t1\"",
                "{\"_event\": \"v2_playbook_on_task_start\", broken",
                "plain text, not JSON",
                "");
        for (String line : lines) {
            byte[] bytes = ("##" + line + "##").getBytes(java.nio.charset.StandardCharsets.UTF_8);
            assertEquals(parser.parse(line), parser.parse(bytes, 2, bytes.length - 4), line);
        }
        assertEquals(List.of(new RunEvent.TaskStarted("t3", "Late", false)), parser.parse(lines.get(2)));
        assertEquals(List.of(new RunEvent.RawLine(lines.get(9))), parser.parse(lines.get(9)), "cut short: not an event");
        TaskResult item = ((RunEvent.HostResult) parser.parse(lines.get(1)).get(0)).result();
        assertEquals(List.of("t2", "Loop", "a", ResultStatus.FAILED, "boom"),
                List.of(item.taskId(), item.task(), item.item(), item.status(), item.error()));
    }

    @Test
    void bytesThatAreNotUtf8MakeARawLineWithReplacementCharacters() {
        byte[] line = {'{', '"', '_', 'e', 'v', 'e', 'n', 't', '"', ':', '"', (byte) 0xff, '"', '}'};
        assertEquals(List.of(new RunEvent.RawLine("{\"_event\":\"\uFFFD\"}")), parser.parse(line, 0, line.length));
    }

    @Test
    void theChecksOfAVerifyTaskFollowItsHostResult() {
        String line = "{\"_event\":\"v2_runner_on_failed\",\"task\":{\"id\":\"t9\",\"name\":\"Check the node\"},"
                + "\"hosts\":{\"load-balancer\":{\"changed\":false,\"msg\":\"one failed\",\"esw_checks\":["
                + "{\"check\":\"lb-node\",\"target\":\"store-2\",\"what\":\"reaches store-2\",\"ok\":false,"
                + "\"cause\":\"connection refused\",\"field\":\"nodes[store-2].portOffset\"},"
                + "{\"check\":\"lb-node\",\"target\":\"store-1\",\"what\":\"reaches store-1\",\"ok\":true,"
                + "\"cause\":\"\",\"field\":\"\"}, 7]}}}";
        List<RunEvent> events = parser.parse(line);
        byte[] bytes = line.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        assertEquals(events, parser.parse(bytes, 0, bytes.length));

        assertEquals(2, events.size());
        assertEquals(ResultStatus.FAILED, assertInstanceOf(RunEvent.HostResult.class, events.get(0)).result().status());
        RunEvent.Checks checks = assertInstanceOf(RunEvent.Checks.class, events.get(1));
        assertEquals("t9", checks.taskId());
        assertEquals("load-balancer", checks.host());
        assertEquals(List.of(
                new CheckResult("lb-node", "load-balancer", "store-2", "reaches store-2", false, "connection refused",
                        "nodes[store-2].portOffset"),
                new CheckResult("lb-node", "load-balancer", "store-1", "reaches store-1", true, "", "")),
                checks.checks(), "an entry that is no object is skipped");
        assertEquals(List.of("      FAIL  reaches store-2", "      ok    reaches store-1"), LineRenderer.render(checks));
    }

    @Test
    void anEmptyCheckListStillMarksTheResultAsAVerifyResult() {
        List<RunEvent> events = parser.parse("{\"_event\":\"v2_runner_on_failed\",\"task\":{\"id\":\"s\","
                + "\"name\":\"Sum up\"},\"hosts\":{\"localhost\":{\"msg\":\"2 of 9 checks failed\",\"esw_checks\":[]}}}");
        assertEquals(new RunEvent.Checks("s", "localhost", List.of()), events.get(1));
        assertEquals(List.of(), LineRenderer.render(events.get(1)));
    }

    @Test
    void aCheckWithoutATargetIsAboutTheHostThatReportedIt() {
        List<RunEvent> events = parser.parse("{\"_event\":\"v2_runner_on_ok\",\"task\":{\"id\":\"t\",\"name\":\"x\"},"
                + "\"hosts\":{\"store-1\":{\"esw_checks\":[{\"check\":\"node-https\",\"what\":\"answers\",\"ok\":true}]}}}");
        CheckResult c = ((RunEvent.Checks) events.get(1)).checks().get(0);
        assertEquals(List.of("store-1", "store-1", "", ""), List.of(c.host(), c.target(), c.cause(), c.field()));
    }
}
