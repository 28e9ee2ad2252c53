package io.eswizard.e2e;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * What the end-to-end runs change on this machine outside their own folders: the configuration
 * folders of NGINX and MariaDB, the servers' service definitions and boot links, the playbook's
 * notes of installed packages, the database backups, the hosts file, the servers' user, and whether
 * MariaDB and NGINX run. Taken before a suite and put back after it, so that no site, certificate,
 * backup copy, database backup, service, account or running service stays behind.
 */
final class MachineState {

    /** Folders the playbook writes to on this machine (sites, certificates, MariaDB's bind-address). */
    static final List<Path> CONFIG_DIRS = List.of(Path.of("/etc/nginx/conf.d"), Path.of("/etc/nginx/sites-enabled"),
            Path.of("/etc/nginx/ssl"), Path.of("/etc/mysql/mariadb.conf.d"), Path.of("/etc/init.d"),
            Path.of("/etc/rc0.d"), Path.of("/etc/rc1.d"), Path.of("/etc/rc2.d"), Path.of("/etc/rc3.d"),
            Path.of("/etc/rc4.d"), Path.of("/etc/rc5.d"), Path.of("/etc/rc6.d"), Path.of("/etc/rcS.d"),
            Path.of("/etc/systemd/system"), Path.of("/var/lib/es-cluster-wizard"), BackupRestoreCheck.BACKUPS);
    /** Single files the runs edit: the hosts file (host mappings of runs through the command line). */
    static final List<Path> FILES = List.of(Path.of("/etc/hosts"));
    static final Path MARIADB_CONFIG = Path.of("/etc/mysql/mariadb.conf.d");
    static final List<String> SERVICES = List.of("mariadb", "nginx");
    /** The account the playbook creates for the servers (es_service_user, es_service_group). */
    static final String SERVER_ACCOUNT = "wso2";

    private final Map<Path, byte[]> files = new HashMap<>();
    private final Map<Path, Boolean> dirsExisted = new HashMap<>();
    private final Map<String, Boolean> running = new HashMap<>();
    private final Map<Path, List<Path>> fileBackups = new HashMap<>();
    private boolean accountExisted;

    private MachineState() {
    }

    static MachineState take() throws IOException, InterruptedException {
        MachineState s = new MachineState();
        for (Path dir : CONFIG_DIRS) {
            s.dirsExisted.put(dir, Files.isDirectory(dir));
            for (Path f : entries(dir)) {
                // A symbolic link (sites-enabled/default) is kept as it is; its target is not ours.
                if (Files.isRegularFile(f, LinkOption.NOFOLLOW_LINKS)) {
                    s.files.put(f, Files.readAllBytes(f));
                } else {
                    s.files.put(f, null);
                }
            }
        }
        for (Path f : FILES) {
            s.files.put(f, Files.readAllBytes(f));
            s.fileBackups.put(f, backupsOf(f));
        }
        for (String service : SERVICES) {
            s.running.put(service, serviceRunning(service));
        }
        s.accountExisted = command("getent", "passwd", SERVER_ACCOUNT) == 0;
        return s;
    }

    /**
     * Removes what appeared, puts back what changed, stops a service that did not run before and
     * removes the servers' account when a suite made it (its servers must be stopped first).
     */
    void restore() throws IOException, InterruptedException {
        for (Path f : FILES) {
            if (!Arrays.equals(files.get(f), Files.readAllBytes(f))) {
                // In place: the hosts file may be a bind mount that cannot be replaced.
                Files.write(f, files.get(f));
            }
            for (Path backup : backupsOf(f)) {
                if (!fileBackups.get(f).contains(backup)) {
                    Files.deleteIfExists(backup);
                }
            }
        }
        boolean mariadbConfigBack = false;
        for (Path dir : CONFIG_DIRS) {
            for (Path f : entries(dir)) {
                if (!files.containsKey(f)) {
                    deleteTree(f);
                    mariadbConfigBack |= f.startsWith(MARIADB_CONFIG);
                } else if (files.get(f) != null && !Arrays.equals(files.get(f), Files.readAllBytes(f))) {
                    Files.write(f, files.get(f));
                    mariadbConfigBack |= f.startsWith(MARIADB_CONFIG);
                }
            }
            if (!dirsExisted.get(dir) && Files.isDirectory(dir)) {
                deleteTree(dir);
            }
        }
        for (String service : SERVICES) {
            if (!running.get(service) && serviceRunning(service)) {
                command("service", service, "stop");
            }
        }
        // A MariaDB that ran before keeps running, listening where its configuration says again.
        if (mariadbConfigBack && running.get("mariadb") && serviceRunning("mariadb")) {
            command("service", "mariadb", "restart");
        }
        // A NGINX that ran before keeps running, with the sites it had.
        if (running.get("nginx") && serviceRunning("nginx")) {
            command("service", "nginx", "reload");
        }
        if (!accountExisted && command("getent", "passwd", SERVER_ACCOUNT) == 0) {
            command("userdel", SERVER_ACCOUNT);
        }
        if (!accountExisted && command("getent", "group", SERVER_ACCOUNT) == 0) {
            command("groupdel", SERVER_ACCOUNT);
        }
    }

    /** The backup copies Ansible makes next to a file: NAME.<pid>.<date>~. */
    private static List<Path> backupsOf(Path file) throws IOException {
        String prefix = file.getFileName() + ".";
        return entries(file.getParent()).stream().filter(p -> p.getFileName().toString().startsWith(prefix)
                && p.getFileName().toString().endsWith("~")).toList();
    }

    private static List<Path> entries(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.toList();
        }
    }

    private static void deleteTree(Path p) throws IOException {
        if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
            for (Path child : entries(p)) {
                deleteTree(child);
            }
        }
        Files.deleteIfExists(p);
    }

    static boolean serviceRunning(String service) throws IOException, InterruptedException {
        return Files.isExecutable(Path.of("/etc/init.d", service)) && command("service", service, "status") == 0;
    }

    private static int command(String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            return -1;
        }
        return p.exitValue();
    }
}
