package io.eswizard.ansible;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** preflight.yml's events become findings: one per host and check, with what to do when one failed. */
class PreflightFindingsTest {

    private static String event(String kind, String task, String host, String result) {
        return "{\"_event\":\"" + kind + "\",\"task\":{\"id\":\"1\",\"name\":\"" + task + "\"},\"hosts\":{\"" + host
                + "\":" + result + "}}";
    }

    @Test
    void checkTasksBecomeFindingsAndOtherTasksAreIgnored() {
        String out = String.join("\n",
                "PLAY [Reach every machine] ***",
                event("v2_runner_on_ok", "Check reachable: SSH login and Python", "store-1", "{\"changed\":false}"),
                event("v2_runner_on_failed", "Check become: tasks run as root", "store-2",
                        "{\"changed\":false,\"msg\":\"Incorrect sudo password\"}"),
                event("v2_runner_on_ok", "Read the basic facts", "store-1", "{\"changed\":false}"),
                event("v2_runner_on_ok", "Check es_home: ES_HOME holds ES 2.1.0", "store-1",
                        "{\"changed\":false,\"msg\":{\"ok\":false,\"detail\":\"/opt/es has no carbon.xml\"}}"),
                event("v2_runner_on_skipped", "Check unzip: unzip is there", "store-1", "{\"changed\":false}"),
                event("v2_runner_on_unreachable", "Check reachable: SSH login and Python", "database",
                        "{\"changed\":false,\"msg\":\"ssh: connect to host 10.0.0.5 port 22: Connection refused\"}"));
        List<PreflightCheck> checks = PreflightFindings.read(out);
        assertEquals(List.of("store-1/reachable/true", "store-1/ES_HOME/false", "store-2/root via become/false",
                "database/reachable/false"), checks.stream().map(c -> c.host() + "/" + c.check() + "/" + c.ok()).toList());
        PreflightCheck home = checks.get(1);
        assertEquals("/opt/es has no carbon.xml", home.detail());
        assertTrue(home.remedy().contains("Nodes › store-1 › ES_HOME"), home.remedy());
        assertTrue(checks.get(2).remedy().startsWith("sudo refused the password"), checks.get(2).remedy());
        assertTrue(checks.get(3).remedy().startsWith("Nothing listens on the SSH port"), checks.get(3).remedy());
    }

    @Test
    void aLoginThatIsNotRootSaysSo() {
        List<PreflightCheck> checks = PreflightFindings.read(event("v2_runner_on_failed",
                "Check become: tasks run as root", "lb", "{\"changed\":false,\"msg\":\"\",\"stdout\":\"1000\"}"));
        assertEquals("tasks run as uid 1000", checks.get(0).detail());
        assertTrue(checks.get(0).remedy().contains("turn on 'use sudo'"), checks.get(0).remedy());
    }

    @Test
    void runFailuresOfLoginAndSudoCarryWhatToDo() {
        EventParser parser = new EventParser();
        RunEvent e = parser.parse(event("v2_runner_on_failed", "Log in and become root", "db",
                "{\"changed\":false,\"msg\":\"Incorrect sudo password\"}")).get(0);
        String error = ((RunEvent.HostResult) e).result().error();
        assertTrue(error.startsWith("Incorrect sudo password\nWhat to do: sudo refused the password"), error);
        RunEvent other = parser.parse(event("v2_runner_on_failed", "Copy", "db",
                "{\"changed\":false,\"msg\":\"Destination not writable\"}")).get(0);
        assertFalse(((RunEvent.HostResult) other).result().error().contains("What to do"));
    }
}
