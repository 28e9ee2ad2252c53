package io.eswizard.model;

import java.util.List;
import java.util.Optional;

/**
 * How Ansible reaches the cluster machines.
 *
 * @param sshUser           user Ansible logs in as
 * @param sshPort           SSH port
 * @param privateKeyFile    private key file on this machine; empty = the SSH agent or default keys
 * @param become            escalate privileges with sudo (needed unless logging in as root)
 * @param pythonInterpreter Python on the targets that has the modules the playbook needs
 * @param hostOverrides     per-machine differences, keyed by address
 */
public record ConnectionSettings(
        String sshUser,
        int sshPort,
        String privateKeyFile,
        boolean become,
        String pythonInterpreter,
        List<HostOverride> hostOverrides) {

    public static final String DEFAULT_PYTHON = "/usr/bin/python3";

    public ConnectionSettings {
        hostOverrides = List.copyOf(hostOverrides);
    }

    public static ConnectionSettings defaults() {
        return new ConnectionSettings("admin", 22, "", true, DEFAULT_PYTHON, List.of());
    }

    public Optional<HostOverride> overrideFor(String address) {
        return hostOverrides.stream().filter(o -> o.address().equals(address)).findFirst();
    }

    /** Logs in as {@code user}, with or without sudo. */
    public ConnectionSettings withLogin(String user, boolean sudo) {
        return new ConnectionSettings(user, sshPort, privateKeyFile, sudo, pythonInterpreter, hostOverrides);
    }

    public ConnectionSettings withHostOverrides(List<HostOverride> overrides) {
        return new ConnectionSettings(sshUser, sshPort, privateKeyFile, become, pythonInterpreter, overrides);
    }
}
