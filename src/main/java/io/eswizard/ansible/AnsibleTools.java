package io.eswizard.ansible;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where the Ansible commands are. By default found on PATH; tests and the E2E suite pass
 * explicit paths (e.g. small fake scripts).
 */
public record AnsibleTools(String playbook, String adHoc, String galaxy) {

    public static final String NOT_FOUND_MESSAGE = "ansible-playbook was not found. Install it with: "
            + "sudo apt-get install -y ansible (Debian/Ubuntu) or sudo dnf install -y ansible-core (RHEL family)";

    public static AnsibleTools onPath() {
        return new AnsibleTools("ansible-playbook", "ansible", "ansible-galaxy");
    }

    /** The same tools with another ansible-playbook (tests). */
    public AnsibleTools withPlaybook(String executable) {
        return new AnsibleTools(executable, adHoc, galaxy);
    }

    /** The executable to start, or empty when it is neither a runnable path nor on PATH. */
    public static Optional<Path> locate(String command) {
        if (command.contains(File.separator)) {
            Path p = Path.of(command);
            return Files.isExecutable(p) && !Files.isDirectory(p) ? Optional.of(p) : Optional.empty();
        }
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        for (String dir : path.split(File.pathSeparator)) {
            if (dir.isEmpty()) {
                continue;
            }
            Path candidate = Path.of(dir, command);
            if (Files.isExecutable(candidate) && !Files.isDirectory(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /** ansible-playbook, or a clear message how to install it. */
    public Path requirePlaybook() throws AnsibleNotFoundException {
        return locate(playbook).orElseThrow(() -> new AnsibleNotFoundException(NOT_FOUND_MESSAGE));
    }

    public Path requireAdHoc() throws AnsibleNotFoundException {
        return locate(adHoc).orElseThrow(() -> new AnsibleNotFoundException(
                NOT_FOUND_MESSAGE.replace("ansible-playbook was", "ansible was")));
    }
}
