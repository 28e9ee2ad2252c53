package io.eswizard.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.eswizard.ansible.RunHistory;
import io.eswizard.ansible.RunSummary;
import io.eswizard.model.ProjectDefaults;
import io.eswizard.project.ProjectFiles;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunCommandTest {

    @TempDir
    Path dir;
    Path project;
    Path secrets;
    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();

    @BeforeEach
    void project() throws Exception {
        project = dir.resolve("cluster.yaml");
        ProjectFiles.save(project, ProjectDefaults.localSandbox("demo", 1, 1, dir.resolve("sandbox"), true));
        secrets = Files.createFile(dir.resolve("secrets.yaml"),
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        Files.writeString(secrets, "databasePassword: \"Tr1cky-Passw0rd\"\n");
    }

    private static String fake(String name) throws Exception {
        Path p = Path.of(RunCommandTest.class.getResource("/fake-ansible/" + name).toURI());
        Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rwxr-xr-x"));
        return p.toString();
    }

    private int cli(String... args) {
        return EsWizardCli.run(new PrintWriter(out), new PrintWriter(err), args);
    }

    @Test
    void runPrintsProgressAndRecapAndExitsWithAnsiblesCode() throws Exception {
        int code = cli("run", project.toString(), "--secrets-file", secrets.toString(), "--ansible-playbook",
                fake("apply.sh"));
        String o = out.toString();
        assertEquals(4, code, err.toString());
        assertTrue(o.contains("TASK [Fail]"), o);
        assertTrue(o.contains("  h2: failed"), o);
        assertTrue(o.matches("(?s).*HOST\\s+STATE\\s+OK\\s+CHANGED\\s+UNREACHABLE\\s+FAILED\\s+SKIPPED.*"), o);
        assertTrue(o.matches("(?s).*\\nh3\\s+unreachable\\s+1\\s+0\\s+1\\s+0\\s+0\\n.*"), o);
        assertTrue(o.contains("Retry the failed hosts: es-cluster-wizard run " + project + " --limit h2,h3"), o);

        List<RunHistory.PastRun> runs = RunHistory.ofProject(dir).list();
        assertEquals(1, runs.size());
        Path folder = runs.get(0).folder();
        assertTrue(Files.isRegularFile(folder.resolve("site.yml")), "the run folder holds the bundle");
        assertTrue(Files.isRegularFile(folder.resolve("inventory/hosts.yml")));
        assertEquals(4, runs.get(0).summary().orElseThrow().exitCode());
        for (String f : List.of(RunSummary.LOG_FILE, RunSummary.EVENTS_FILE, RunSummary.FILE)) {
            assertFalse(Files.readString(folder.resolve(f)).contains("Tr1cky-Passw0rd"), f);
        }
    }

    @Test
    void aRunPrintsWhatItWillChangeFirstAndOffAConsoleDoesNotAsk() throws Exception {
        int code = cli("run", project.toString(), "--secrets-file", secrets.toString(), "--ansible-playbook",
                fake("apply.sh"));
        assertEquals(4, code, err.toString());
        String o = out.toString();
        assertTrue(o.startsWith("Run: change 5 machines?\n\nMachines:\n  database (127.0.0.1): "), o);
        assertTrue(o.contains("\nWarning: Preflight has not run for this project."), o);
        assertTrue(o.indexOf("Restarts:") < o.indexOf("Run (site.yml):"), "the plan comes before the run");
        assertTrue(OperationRun.goAhead(null), "no console: no question");

        out.getBuffer().setLength(0);
        assertEquals(4, cli("run", project.toString(), "--check", "--secrets-file", secrets.toString(),
                "--ansible-playbook", fake("apply.sh")));
        assertFalse(out.toString().contains("machines?"), "a dry run changes nothing: no plan");
        out.getBuffer().setLength(0);
        assertEquals(4, cli("run", project.toString(), "--yes", "--secrets-file", secrets.toString(),
                "--ansible-playbook", fake("apply.sh")));
    }

    @Test
    void checkAndLimitReachAnsible() throws Exception {
        int code = cli("run", project.toString(), "--check", "--limit", "publisher-1,database", "--secrets-file",
                secrets.toString(), "--run-dir", dir.resolve("runs").toString(), "--ansible-playbook", fake("leaky.sh"));
        assertEquals(2, code, err.toString());
        Path folder = new RunHistory(dir.resolve("runs")).list().get(0).folder();
        List<String> argv = Files.readAllLines(folder.resolve("argv.txt"));
        assertEquals(List.of("-i", "inventory/hosts.yml", "site.yml", "--check", "--diff", "--limit",
                "publisher-1,database", "-e"), argv.subList(0, 8));
        assertTrue(out.toString().contains("password=********"), out.toString());
        assertFalse(out.toString().contains("Tr1cky-Passw0rd"));
    }

    @Test
    void aFloodOfFailuresListsTheFirstOnesAndCountsTheRest() throws Exception {
        int code = cli("run", project.toString(), "--secrets-file", secrets.toString(), "--ansible-playbook",
                fake("many-failures.sh"));
        String o = out.toString();
        assertEquals(2, code, err.toString());
        String recap = o.substring(o.indexOf("\nFailures:\n"));
        assertTrue(recap.contains("failure number 1000\n"), "the first 1,000 are listed");
        assertFalse(recap.contains("failure number 1001\n"), recap.substring(recap.length() - 500));
        assertTrue(recap.contains("  … and 3 more, in the log (output.log)\n"), recap.substring(recap.length() - 500));
        assertEquals(1, o.split("\\(More than 1,000 failures", -1).length - 1, "said once, as the run passes the limit");
        assertTrue(o.indexOf("failure number 1001\n") < o.indexOf("(More than 1,000 failures")
                && o.indexOf("(More than 1,000 failures") < o.indexOf("failure number 1002\n"), "right after it");
    }

    @Test
    void missingAnsibleSaysHowToInstallIt() {
        int code = cli("run", project.toString(), "--secrets-file", secrets.toString(), "--ansible-playbook",
                dir.resolve("no-such-ansible").toString());
        assertEquals(127, code);
        assertTrue(err.toString().contains("ansible-playbook was not found. Install it with: sudo apt-get install -y "
                + "ansible (Debian/Ubuntu)"), err.toString());
        assertFalse(err.toString().contains("Exception"));
    }

    @Test
    void noPasswordIsAClearUsageError() {
        int code = cli("run", project.toString(), "--ansible-playbook", dir.resolve("x").toString());
        assertEquals(EsWizardCli.USAGE_OR_UNREADABLE, code);
        assertTrue(err.toString().contains("ESW_DB_PASSWORD"), err.toString());
    }
}
