package io.eswizard.generate;

import static io.eswizard.generate.AnsibleYaml.unsafe;

import io.eswizard.model.ConnectionSettings;
import io.eswizard.model.HostOverride;
import io.eswizard.validation.Machines;
import java.util.Map;

/**
 * The variables of one inventory host: the ansible_* connection variables, from the project-wide
 * settings and its override, and the machine it runs on (es_host_machine).
 */
final class ConnectionVars {

    static final String HOST_MACHINE = "es_host_machine";

    private ConnectionVars() {
    }

    static Map<String, Object> forAddress(ConnectionSettings c, String address) {
        Map<String, Object> vars = AnsibleYaml.map();
        vars.put("ansible_host", unsafe(address));
        HostOverride o = c.overrideFor(address).orElse(null);
        if (o != null && o.local()) {
            vars.put("ansible_connection", "local");
        } else {
            vars.put("ansible_connection", "ssh");
            vars.put("ansible_user", unsafe(o != null && o.sshUser() != null ? o.sshUser() : c.sshUser()));
            vars.put("ansible_port", o != null && o.sshPort() != null ? o.sshPort() : c.sshPort());
            String key = o != null && o.privateKeyFile() != null ? o.privateKeyFile() : c.privateKeyFile();
            if (key != null && !key.isBlank()) {
                vars.put("ansible_ssh_private_key_file", unsafe(key));
            }
        }
        vars.put("ansible_become", c.become());
        vars.put("ansible_python_interpreter", unsafe(c.pythonInterpreter()));
        vars.put(HOST_MACHINE, unsafe(new Machines(c).key(address).orElse(address)));
        return vars;
    }
}
