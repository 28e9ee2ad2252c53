package io.eswizard.playbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * es_mysql's script loads (tasks/load.yml) run for real on this machine against a stand-in
 * {@code mysql} client that records its arguments, its defaults file (mode and text) and the
 * script it reads: the admin password reaches the client only through that file, never its
 * command line, and the file is gone afterwards, also when a load fails.
 */
class MysqlScriptLoadTest {

    private static final Path ROLES = Path.of("ansible/roles").toAbsolutePath();
    /** Every character an option file treats specially, and a template that must stay text. */
    private static final String PASSWORD = "P@ss \"w\\rd\" #1; {{ x }} 'q'";

    @TempDir
    Path work;

    @BeforeEach
    void layOut() throws Exception {
        EditModules.requireAnsible();
        Path bin = Files.createDirectories(work.resolve("bin"));
        Files.createDirectories(work.resolve("calls"));
        Files.createDirectories(work.resolve("tmp"));
        Path client = bin.resolve("mysql");
        Files.writeString(client, """
                #!/bin/sh
                # Stand-in mysql client: records one call in its own folder; fails when the script says so.
                calls=%s
                dir="$calls/$(ls "$calls" | wc -l)"
                mkdir "$dir"
                printf '%%s\\n' "$@" > "$dir/argv"
                for a in "$@"; do
                  case "$a" in
                    --defaults-extra-file=*) f="${a#--defaults-extra-file=}"; stat -c %%a "$f" > "$dir/mode"; cat "$f" > "$dir/defaults"; echo "$f" > "$dir/file";;
                  esac
                done
                cat > "$dir/stdin"
                if grep -q FAIL "$dir/stdin"; then echo "ERROR 1064 (42000) at line 1: syntax" >&2; exit 1; fi
                """.formatted(work.resolve("calls")));
        Files.setPosixFilePermissions(client, PosixFilePermissions.fromString("rwx------"));
        Path scripts = Files.createDirectories(work.resolve("home/dbscripts/social/mysql"));
        Files.writeString(work.resolve("home/dbscripts/mysql.sql"), "CREATE TABLE REG_X (ID INT);\n");
        Files.writeString(scripts.resolve("resource.sql"), "CREATE TABLE SOCIAL_X (ID INT);\n");
        Files.writeString(work.resolve("secrets.yml"), "es_mysql_admin_password: !unsafe '" + PASSWORD.replace("'", "''") + "'\n");
        Files.writeString(work.resolve("play.yml"), """
                - name: Load the scripts
                  hosts: db
                  gather_facts: false
                  tasks:
                    - name: The role's loads
                      ansible.builtin.include_role:
                        name: es_mysql
                        tasks_from: load.yml
                """);
        Files.writeString(work.resolve("ansible.cfg"), "[defaults]\nroles_path = " + ROLES + "\nretry_files_enabled = False\n");
    }

    @Test
    @Timeout(120)
    void thePasswordReachesTheClientOnlyThroughAPrivateDefaultsFileThatIsRemoved() throws Exception {
        Run run = run("password", "es_mysql_pending_loads: [{db: REGDB, script: dbscripts/mysql.sql},"
                + " {db: SOCIALDB, script: dbscripts/social/mysql/resource.sql}]");

        assertEquals(0, run.exit(), run.output());
        assertEquals(2, calls().size(), run.output());
        for (Path call : calls()) {
            String argv = Files.readString(call.resolve("argv"));
            assertFalse(argv.contains("P@ss"), argv);
            assertTrue(lines(call.resolve("argv")).stream().noneMatch(a -> a.startsWith("-p") || a.startsWith("--password")), argv);
            assertTrue(argv.startsWith("--defaults-extra-file="), "the defaults file comes first\n" + argv);
            assertEquals("600", Files.readString(call.resolve("mode")).strip());
            // MySQL's option-file rules: double quotes, backslash and quote escaped, # inside quotes kept.
            assertEquals(List.of("[client]", "user=\"adm\\\"in\"", "password=\"P@ss \\\"w\\\\rd\\\" #1; {{ x }} 'q'\"",
                    "host=\"127.0.0.1\"", "port=3307"), lines(call.resolve("defaults")));
            assertFalse(Files.exists(Path.of(Files.readString(call.resolve("file")).strip())), "the defaults file stays");
        }
        assertEquals(List.of("--defaults-extra-file=" + Files.readString(calls().get(0).resolve("file")).strip(),
                "--one-database", "REGDB"), lines(calls().get(0).resolve("argv")));
        assertEquals("CREATE TABLE REG_X (ID INT);\n", Files.readString(calls().get(0).resolve("stdin")));
        assertEquals("CREATE TABLE SOCIAL_X (ID INT);\n", Files.readString(calls().get(1).resolve("stdin")));
        assertFalse(run.output().contains("P@ss"), run.output());
        assertEquals(List.of(), leftInTmp());
    }

    @Test
    @Timeout(120)
    void aFailedLoadStillRemovesTheDefaultsFile() throws Exception {
        Files.writeString(work.resolve("home/dbscripts/mysql.sql"), "FAIL;\n");
        Run run = run("password", "es_mysql_pending_loads: [{db: REGDB, script: dbscripts/mysql.sql}]");

        assertEquals(2, run.exit(), run.output());
        assertTrue(run.output().contains("ERROR 1064"), run.output());
        assertEquals(1, calls().size());
        assertFalse(Files.exists(Path.of(Files.readString(calls().get(0).resolve("file")).strip())));
        assertEquals(List.of(), leftInTmp());
    }

    @Test
    @Timeout(120)
    void theSocketLoginHasNoPassword() throws Exception {
        Run run = run("socket", "ansible_os_family: Debian", "es_mysql_pending_loads: [{db: REGDB, script: dbscripts/mysql.sql}]");

        assertEquals(0, run.exit(), run.output());
        assertEquals(1, calls().size(), run.output());
        assertEquals(List.of("[client]", "user=\"root\"", "socket=\"/run/mysqld/mysqld.sock\""),
                lines(calls().get(0).resolve("defaults")));
    }

    private record Run(int exit, String output) {
    }

    private Run run(String mode, String... moreVars) throws Exception {
        Files.writeString(work.resolve("hosts.yml"), """
                all:
                  hosts:
                    db:
                      ansible_connection: local
                      ansible_python_interpreter: /usr/bin/python3
                      es_mysql_admin_mode: %s
                      es_mysql_admin_user: adm"in
                      es_cluster_db_port: 3307
                      es_mysql_scripts_home: %s
                      %s
                """.formatted(mode, work.resolve("home"), String.join("\n      ", moreVars)));
        ProcessBuilder pb = new ProcessBuilder("ansible-playbook", "-i", "hosts.yml", "play.yml", "-e", "@secrets.yml")
                .directory(work.toFile()).redirectErrorStream(true);
        pb.environment().put("ANSIBLE_CONFIG", work.resolve("ansible.cfg").toString());
        pb.environment().put("PATH", work.resolve("bin") + ":" + System.getenv("PATH"));
        pb.environment().put("TMPDIR", work.resolve("tmp").toString());
        pb.environment().put("ANSIBLE_LOCAL_TEMP", work.resolve("tmp/local").toString());
        pb.environment().put("ANSIBLE_REMOTE_TEMP", work.resolve("tmp/remote").toString());
        pb.environment().put("ANSIBLE_NOCOLOR", "1");
        pb.environment().putIfAbsent("LANG", "C.UTF-8");
        Process p = pb.start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(90, TimeUnit.SECONDS));
        return new Run(p.exitValue(), output);
    }

    private List<Path> calls() throws Exception {
        try (Stream<Path> s = Files.list(work.resolve("calls"))) {
            return s.sorted().toList();
        }
    }

    /** What the run left in the temporary folder besides Ansible's own working folders. */
    private List<String> leftInTmp() throws Exception {
        try (Stream<Path> s = Files.list(work.resolve("tmp"))) {
            return s.map(f -> f.getFileName().toString()).filter(n -> !n.equals("local") && !n.equals("remote")).toList();
        }
    }

    private static List<String> lines(Path file) throws Exception {
        return Files.readAllLines(file).stream().filter(l -> !l.isBlank()).toList();
    }
}
