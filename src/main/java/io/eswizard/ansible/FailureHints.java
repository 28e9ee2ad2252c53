package io.eswizard.ansible;

import java.util.Locale;
import java.util.Optional;

/**
 * What to do about the failures of logging in and becoming root that Ansible reports in its own
 * words ("Incorrect sudo password", "Permission denied (publickey)"), for the preflight's findings
 * and a run's failures alike.
 */
final class FailureHints {

    private FailureHints() {
    }

    /** A plain-words remedy when the message is one of the known login or sudo failures. */
    static Optional<String> forMessage(String message) {
        String m = message.toLowerCase(Locale.ROOT);
        if (m.contains("incorrect sudo password") || m.contains("incorrect password")) {
            return Optional.of("sudo refused the password: correct the sudo password on the Connection page (or "
                    + "this machine's own one under Per-machine settings); on the command line, becomePassword in "
                    + "--secrets-file or ESW_BECOME_PASSWORD.");
        }
        if (m.contains("password is required") || m.contains("missing sudo password")) {
            return Optional.of("sudo asks for a password: enter it on the Connection page (Sudo password); on the "
                    + "command line give becomePassword in --secrets-file or ESW_BECOME_PASSWORD. Or give the user "
                    + "passwordless sudo (a file in /etc/sudoers.d/ with 'USER ALL=(ALL) NOPASSWD: ALL').");
        }
        if (m.contains("not in the sudoers") || m.contains("is not allowed to execute")) {
            return Optional.of("The user may not use sudo: add it to the sudo (Debian) or wheel (RHEL) group.");
        }
        if (m.contains("permission denied (publickey") || m.contains("permission denied, please try again")) {
            return Optional.of("SSH refused the login: check the user and key on the Connection page, and that the "
                    + "key is in the user's ~/.ssh/authorized_keys on the host (ssh-copy-id USER@HOST).");
        }
        if (m.contains("host key verification failed")) {
            return Optional.of("The host's SSH key is unknown: connect once with ssh USER@HOST, or add it with "
                    + "ssh-keyscan HOST >> ~/.ssh/known_hosts.");
        }
        if (m.contains("connection refused") && m.contains("ssh")) {
            return Optional.of("Nothing listens on the SSH port: start sshd on the host or correct the port.");
        }
        if (m.contains("ssh") && (m.contains("timed out") || m.contains("no route") || m.contains("could not resolve"))) {
            return Optional.of("The host cannot be reached: check its address and the network or firewall between "
                    + "here and there.");
        }
        if (m.contains("python") && (m.contains("not found") || m.contains("no such file"))) {
            return Optional.of("Python is missing on the host: install it (sudo apt-get install -y python3) or "
                    + "correct the Python interpreter path.");
        }
        return Optional.empty();
    }
}
