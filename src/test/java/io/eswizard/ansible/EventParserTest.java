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
}
