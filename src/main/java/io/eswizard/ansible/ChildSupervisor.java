package io.eswizard.ansible;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Starts every Ansible command of the app so that it ends when the app ends, however the app ends,
 * and so that the files holding the run's secrets go with it.
 *
 * <p>Java cannot ask the kernel to signal its children when it dies (Linux's parent-death signal),
 * and its shutdown hooks do not run on SIGKILL, an out-of-memory kill or a crash. So each command
 * runs under a small {@code /bin/sh} supervisor ({@code supervise.sh} next to this class) whose
 * standard input is a pipe from the app, never written to. Only the app holds the writing end
 * (Java closes every other descriptor in the processes it starts), and the kernel closes it when
 * the app dies, whatever the cause: the supervisor's read ends at once, it sends SIGTERM to the
 * command's process group, deletes the files it was given and, after a grace period, sends
 * SIGKILL. The command runs in a session of its own ({@code setsid}, util-linux), so that its group
 * holds ansible-playbook's workers, ssh and sudo, and one signal reaches them all.
 *
 * <p>Why this and not the alternatives: a later start that kills what the last one left comes too
 * late (Ansible keeps changing the machines and the passwords stay on disk until then); a python3
 * wrapper could set the parent-death signal, but needs a python3 with ctypes on PATH, which an
 * Ansible installed in a virtual environment does not promise; {@code /bin/sh} is on every machine
 * that runs Ansible, and end-of-file on a pipe needs no polling and no pid that could be reused.
 *
 * <p>Nothing secret passes through the supervisor: its arguments are the grace period, the paths
 * to delete and the command (which names the vars file, never a password), and its environment is
 * the command's ({@link ChildEnvironment}).
 */
final class ChildSupervisor {

    /** Seconds between SIGTERM and SIGKILL when the app has gone. */
    static final int GRACE_SECONDS = 3;
    static final String SHELL = "/bin/sh";
    private static final String SCRIPT = load();

    private ChildSupervisor() {
    }

    /**
     * A process builder for {@code command}, run in {@code dir} under the supervisor, with the
     * child's environment, no input for the command and its error output merged into its output.
     *
     * @param filesToRemove files the run's secrets are in: deleted when the command ends or the app dies
     */
    static ProcessBuilder processBuilder(List<String> command, Path dir, List<Path> filesToRemove)
            throws IOException {
        List<String> argv = new ArrayList<>(List.of(SHELL, "-c", SCRIPT, "esw-supervise",
                Integer.toString(GRACE_SECONDS), Integer.toString(filesToRemove.size())));
        for (Path f : filesToRemove) {
            String path = f.toAbsolutePath().toString();
            if (path.contains("\n")) {
                throw new IOException("The path " + path.replace("\n", "\\n") + " has a line break; move the "
                        + "project (or XDG_RUNTIME_DIR) to a folder whose path has none.");
            }
            argv.add(path);
        }
        argv.addAll(command);
        ProcessBuilder pb = new ProcessBuilder(argv).directory(dir.toFile())
                // One stream keeps warnings next to the task that caused them.
                .redirectErrorStream(true)
                // The supervisor's input is the pipe it watches; the command's is /dev/null, so a
                // password prompt (ssh, sudo) fails instead of waiting forever.
                .redirectInput(ProcessBuilder.Redirect.PIPE);
        ChildEnvironment.prepare(pb.environment(), dir);
        return pb;
    }

    private static String load() {
        try (InputStream in = ChildSupervisor.class.getResourceAsStream("supervise.sh")) {
            if (in == null) {
                throw new IllegalStateException("supervise.sh is missing from the app; rebuild it");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
