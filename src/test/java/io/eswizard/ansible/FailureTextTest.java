package io.eswizard.ansible;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Failures on screen: a heading, the cause in a line, what to do, the whole message kept whole behind them. */
class FailureTextTest {

    @Test
    void aRunsFailureReadsAsWhatFailedWhereWithTheKnownRemedy() {
        String error = "Incorrect sudo password\nstderr: sudo: 1 incorrect password attempt";
        TaskResult f = new TaskResult("1", "es_machine : Become root", "store-2", ResultStatus.FAILED, "", error,
                List.of());
        assertEquals("store-2: Become root failed", FailureText.heading(f));
        assertEquals("Incorrect sudo password", FailureText.cause(f));
        assertTrue(FailureText.remedy(f).orElseThrow().startsWith("sudo refused the password"));
        assertTrue(FailureText.hasMore(f));
        assertEquals(error, FailureText.message(f), "the full message, uncut");
    }

    @Test
    void whenAnsibleSaysOnlyThatItFailedTheCauseIsTheProgramsFirstErrorLine() {
        TaskResult f = new TaskResult("1", "es_node : Check the ES home", "publisher-1", ResultStatus.FAILED, "",
                "non-zero return code\nstderr: Error: JAVA_HOME is not defined correctly.\nCARBON cannot execute",
                List.of());
        assertEquals("Error: JAVA_HOME is not defined correctly.", FailureText.cause(f));
        assertTrue(FailureText.hasMore(f));
    }

    @Test
    void aLongMessageIsNeverCutOnlyFolded() {
        String longLine = "x".repeat(600);
        TaskResult f = new TaskResult("1", "es_node : Edit", "publisher-1", ResultStatus.FAILED, "", longLine,
                List.of());
        assertEquals(longLine, FailureText.cause(f));
        assertFalse(FailureText.hasMore(f));
        assertEquals(Optional.empty(), FailureText.remedy(f));
    }

    @Test
    void aPreflightFindingKeepsItsWhatToDo() {
        PreflightReport report = new PreflightReport(List.of(
                new PreflightCheck("store-1", "reachable", false, "ssh: connect to host: Connection refused",
                        "Nothing listens on the SSH port."),
                new PreflightCheck("store-1", "ES_HOME", false, "missing", "Install ES there."),
                new PreflightCheck("database", "reachable", true, "SSH and Python answer", "")));
        TaskResult unreachable = report.asFailures().get(0);
        assertEquals("store-1: could not be reached", FailureText.heading(unreachable));
        assertEquals("ssh: connect to host: Connection refused", FailureText.cause(unreachable));
        assertEquals(Optional.of("Nothing listens on the SSH port."), FailureText.remedy(unreachable));
        assertEquals("store-1: ES_HOME failed", FailureText.heading(report.asFailures().get(1)));
        assertEquals(Map.of("store-1", HostState.UNREACHABLE, "database", HostState.OK), report.hostStates());
        assertEquals("Preflight: 2 checks failed: reachable on store-1; ES_HOME on store-1. See Failures for what "
                + "to do.", report.outcome());
    }
}
