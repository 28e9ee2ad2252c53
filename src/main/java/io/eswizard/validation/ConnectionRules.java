package io.eswizard.validation;

import io.eswizard.model.field.Field;
import io.eswizard.model.field.FieldRef;
import io.eswizard.model.ClusterProject;
import io.eswizard.model.ConnectionSettings;
import io.eswizard.model.HostOverride;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** The Connection page: how Ansible logs in to the machines. */
final class ConnectionRules {

    private static final Pattern USER = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9_.-]*");

    private ConnectionRules() {
    }

    static void check(ClusterProject p, List<Problem> out) {
        ConnectionSettings c = p.connection();
        checkUser(out, Field.SSH_USER.ref(), Text.of(c.sshUser()));
        Ports.check(out, Field.SSH_PORT.ref(), "The SSH port", c.sshPort(), 22);
        String key = Text.of(c.privateKeyFile());
        if (!key.isBlank()) {
            LocalFiles.checkReadable(out, Field.PRIVATE_KEY_FILE.ref(), "The SSH private key", key);
        }
        String python = Text.of(c.pythonInterpreter());
        if (python.isBlank()) {
            out.add(Problem.error(Field.PYTHON_INTERPRETER, "The Python interpreter is empty. Enter the"
                    + " Python on the targets, e.g. " + ConnectionSettings.DEFAULT_PYTHON + "."));
        } else {
            RemotePaths.checkProgram(out, Field.PYTHON_INTERPRETER.ref(), "The Python interpreter", python,
                    ConnectionSettings.DEFAULT_PYTHON);
        }
        // Without sudo only root may install packages and write under /opt and /etc.
        if (!c.become() && !"root".equals(Text.of(c.sshUser()))) {
            out.add(Problem.warning(Field.BECOME, "Privilege escalation (sudo) is off but the SSH user is '"
                    + Text.of(c.sshUser()) + "', not root. Installing packages and writing to /etc and /opt will"
                    + " fail unless that user owns those folders. Turn on sudo or log in as root."));
        }
        checkOverrides(p, c, out);
    }

    private static void checkUser(List<Problem> out, FieldRef path, String user) {
        if (user.isBlank()) {
            out.add(Problem.error(path, "The SSH user is empty. Enter the user Ansible logs in as, e.g. admin."));
        } else if (!USER.matcher(user).matches()) {
            out.add(Problem.error(path, "The SSH user '" + user + "' may only use letters, digits, '_', '.' and"
                    + " '-'. Enter just the user name, without '@' or the address."));
        }
    }

    private static void checkOverrides(ClusterProject p, ConnectionSettings c, List<Problem> out) {
        Set<String> used = usedAddresses(p);
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < c.hostOverrides().size(); i++) {
            HostOverride o = c.hostOverrides().get(i);
            String address = Text.of(o.address());
            FieldRef addressField = Field.OVERRIDE_ADDRESS.at(p, i);
            AddressSyntax.check(out, addressField, "The machine address of this override", address, true);
            if (address.isBlank()) {
                continue;
            }
            if (!seen.add(address)) {
                out.add(Problem.error(addressField, "The address '" + address + "' has two overrides. Keep"
                        + " one and remove the other."));
            } else if (!used.contains(address)) {
                out.add(Problem.warning(addressField, "The override for '" + address + "' matches no node,"
                        + " database, Identity Server or load balancer address exactly, so it has no effect. Write"
                        + " the address exactly as on the other pages or remove the override."));
            }
            if (o.sshUser() != null) {
                checkUser(out, Field.OVERRIDE_SSH_USER.at(p, i), o.sshUser());
            }
            if (o.sshPort() != null) {
                Ports.check(out, Field.OVERRIDE_SSH_PORT.at(p, i), "The SSH port of " + address, o.sshPort(), 22);
            }
            if (o.privateKeyFile() != null && !o.privateKeyFile().isBlank()) {
                LocalFiles.checkReadable(out, Field.OVERRIDE_PRIVATE_KEY_FILE.at(p, i),
                        "The SSH private key of " + address, o.privateKeyFile());
            }
        }
    }

    /** Every address that becomes an inventory host; overrides apply to exactly these strings. */
    private static Set<String> usedAddresses(ClusterProject p) {
        Set<String> used = new HashSet<>();
        used.add(Text.of(p.database().host()));
        used.add(Text.of(p.loadBalancer().address()));
        if (p.sso().enabled()) {
            used.add(Text.of(p.sso().isAddress()));
        }
        p.nodes().forEach(n -> used.add(Text.of(n.address())));
        return used;
    }
}
