package io.eswizard.ansible;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The backups a run made, as RunBackups reads them from the events of the app's callback: first
 * from a real run of ansible-playbook that changes files with the modules the playbook uses, then
 * line by line.
 */
class RunBackupsTest {

    private static final String PLAYBOOK = """
            - name: Files changed with backups
              hosts: all
              gather_facts: false
              tasks:
                - name: Copy over a file
                  ansible.builtin.copy:
                    content: "copied\\n"
                    dest: "{{ playbook_dir }}/files/copied.txt"
                    backup: true
                - name: Change a file twice (its first copy is the file before the run)
                  ansible.builtin.copy:
                    content: "{{ item }}\\n"
                    dest: "{{ playbook_dir }}/files/twice.txt"
                    backup: true
                  loop: [first, second]
                - name: A block in a file
                  ansible.builtin.blockinfile:
                    path: "{{ playbook_dir }}/files/hosts"
                    block: "127.0.0.30 store.example"
                    backup: true
                - name: An ini setting
                  community.general.ini_file:
                    path: "{{ playbook_dir }}/files/server.cnf"
                    section: mysqld
                    option: bind-address
                    value: 0.0.0.0
                    backup: true
                - name: A file already as wanted
                  ansible.builtin.copy:
                    content: "same\\n"
                    dest: "{{ playbook_dir }}/files/same.txt"
                    backup: true
                - name: A new file
                  ansible.builtin.copy:
                    content: "new\\n"
                    dest: "{{ playbook_dir }}/files/new.txt"
                    backup: true
            """;

    @TempDir
    Path folder;

    @Test
    @Timeout(120)
    void aRealRunReportsTheCopyOfEachFileItChangedAsItWasBefore() throws Exception {
        RealAnsible.require();
        RealAnsible.copyCallbackPlugin(folder);
        Files.createDirectories(folder.resolve("inventory"));
        Files.writeString(folder.resolve("inventory/hosts.yml"),
                "all:\n  hosts:\n    here: {ansible_connection: local, ansible_python_interpreter: /usr/bin/python3}\n");
        Files.writeString(folder.resolve("site.yml"), PLAYBOOK);
        Path files = Files.createDirectories(folder.resolve("files"));
        byte[] copied = "before\r\n".getBytes(StandardCharsets.UTF_8);
        byte[] twice = "original\n".getBytes(StandardCharsets.UTF_8);
        byte[] hosts = "127.0.0.1 localhost\n".getBytes(StandardCharsets.UTF_8);
        byte[] cnf = "[mysqld]\nbind-address = 127.0.0.1\n".getBytes(StandardCharsets.UTF_8);
        Files.write(files.resolve("copied.txt"), copied);
        Files.write(files.resolve("twice.txt"), twice);
        Files.write(files.resolve("hosts"), hosts);
        Files.write(files.resolve("server.cnf"), cnf);
        Files.writeString(files.resolve("same.txt"), "same\n");

        RunSummary summary = new PlaybookRunner().run(RunRequest.of(folder, RunMode.APPLY), RunListener.NONE);
        assertEquals(0, summary.exitCode(), String.join("\n", summary.lastLines()));

        List<FileBackup> backups = RunBackups.of(folder);
        assertEquals(List.of("copied.txt", "twice.txt", "hosts", "server.cnf"),
                backups.stream().map(b -> Path.of(b.path()).getFileName().toString()).toList());
        backups.forEach(b -> assertEquals("here", b.host()));
        assertArrayEquals(copied, Files.readAllBytes(Path.of(backups.get(0).backup())));
        assertArrayEquals(twice, Files.readAllBytes(Path.of(backups.get(1).backup())));
        assertArrayEquals(hosts, Files.readAllBytes(Path.of(backups.get(2).backup())));
        assertArrayEquals(cnf, Files.readAllBytes(Path.of(backups.get(3).backup())));
    }

    @Test
    void aLineGivesTheBackupsOfItsHostsAndItemsWhateverNamesTheFile() {
        String line = "{\"_event\":\"v2_runner_on_ok\",\"task\":{\"id\":\"t\",\"name\":\"Sites\"},\"hosts\":{"
                + "\"lb\":{\"changed\":true,\"results\":["
                + "{\"item\":\"a\",\"changed\":true,\"dest\":\"/etc/nginx/conf.d/a.conf\",\"backup_file\":\"/etc/nginx/conf.d/a.conf.1~\"},"
                + "{\"item\":\"b\",\"changed\":false}]},"
                + "\"node\":{\"changed\":true,\"path\":\"/opt/es/axis2.xml\",\"backup_file\":\"/opt/es/axis2.xml.2~\"},"
                + "\"db\":{\"changed\":true,\"backup_file\":\"/etc/hosts.3~\","
                + "\"invocation\":{\"module_args\":{\"path\":\"/etc/hosts\"}}}}}";
        assertEquals(List.of(new FileBackup("lb", "/etc/nginx/conf.d/a.conf", "/etc/nginx/conf.d/a.conf.1~"),
                new FileBackup("node", "/opt/es/axis2.xml", "/opt/es/axis2.xml.2~"),
                new FileBackup("db", "/etc/hosts", "/etc/hosts.3~")), RunBackups.ofLine(line));
    }

    @Test
    void failedResultsAndOtherLinesGiveNone() {
        assertEquals(List.of(), RunBackups.ofLine("{\"_event\":\"v2_runner_on_failed\",\"hosts\":{\"h\":{\"path\":\"/x\","
                + "\"backup_file\":\"/x.1~\"}}}"));
        assertEquals(List.of(), RunBackups.ofLine("backup_file: not an event"));
        assertEquals(List.of(), RunBackups.ofLine("{\"_event\":\"v2_runner_on_ok\",\"hosts\":{\"h\":{\"changed\":true}}}"));
    }
}
