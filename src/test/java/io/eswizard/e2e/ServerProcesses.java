package io.eswizard.e2e;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * What runs from a server's home, seen as the service manager sees it: the pid file Carbon keeps
 * there (wso2carbon.pid), the process in /proc and its owner, and the start lines of its log.
 */
final class ServerProcesses {

    private ServerProcesses() {
    }

    /** The pid of the running server of that home; empty when none runs. */
    static Optional<Long> pid(Path home) throws IOException {
        Path pidFile = home.resolve("wso2carbon.pid");
        if (!Files.isRegularFile(pidFile)) {
            return Optional.empty();
        }
        long pid = Long.parseLong(Files.readString(pidFile).strip());
        return Files.exists(Path.of("/proc", Long.toString(pid))) ? Optional.of(pid) : Optional.empty();
    }

    /** The user the running server runs as. */
    static String owner(Path home) throws IOException {
        long pid = pid(home).orElseThrow(() -> new AssertionError("no server runs from " + home));
        return Files.getOwner(Path.of("/proc", Long.toString(pid))).getName();
    }

    /** Carbon's start lines ("Starting WSO2 Carbon") in the server's log, oldest first. */
    static List<String> starts(Path home) throws IOException {
        Path log = home.resolve("repository/logs/wso2carbon.log");
        if (!Files.exists(log)) {
            return List.of();
        }
        return Files.readAllLines(log).stream().filter(l -> l.contains("Starting WSO2 Carbon")).toList();
    }
}
