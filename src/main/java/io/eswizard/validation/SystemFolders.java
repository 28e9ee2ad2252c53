package io.eswizard.validation;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Folders of the operating system on the target machines. The playbook gives the server account a
 * home it names, recursively, and unpacks archives into it: a system folder there breaks the machine.
 */
final class SystemFolders {

    /** The folders themselves: a folder inside one of them (e.g. /opt/wso2es-2.1.0) is fine. */
    private static final Set<String> FOLDERS = Set.of(
            "/", "/bin", "/boot", "/dev", "/etc", "/home", "/lib", "/lib32", "/lib64", "/libx32",
            "/lost+found", "/media", "/mnt", "/opt", "/proc", "/root", "/run", "/sbin", "/snap", "/srv", "/sys",
            "/tmp", "/usr", "/var",
            "/usr/bin", "/usr/sbin", "/usr/lib", "/usr/lib32", "/usr/lib64", "/usr/libexec", "/usr/include",
            "/usr/share", "/usr/src", "/usr/lib/jvm", "/usr/local", "/usr/local/bin", "/usr/local/sbin",
            "/usr/local/lib", "/usr/local/share", "/usr/local/etc", "/usr/local/include", "/usr/local/src",
            "/var/lib", "/var/log", "/var/tmp", "/var/cache", "/var/spool", "/var/opt", "/var/run",
            "/var/mail", "/var/www", "/var/backups", "/var/local", "/etc/ssl", "/etc/systemd");
    /** File systems of the kernel and the boot loader: nothing of the cluster belongs anywhere inside them. */
    private static final List<String> NEVER_INSIDE = List.of("/proc", "/sys", "/dev", "/boot");

    private SystemFolders() {
    }

    /** How {@code path} (absolute, without trailing '/') is a system folder, in words; empty when it is not. */
    static Optional<String> describe(String path) {
        if (FOLDERS.contains(path)) {
            return Optional.of("is the system folder " + path);
        }
        return NEVER_INSIDE.stream().filter(top -> path.startsWith(top + "/")).findFirst()
                .map(top -> "is inside " + top + ", a folder of the system");
    }
}
