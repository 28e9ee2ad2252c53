package io.eswizard.model;

/**
 * Connection settings for one machine that differ from the project-wide ones.
 * Null fields inherit the project-wide value.
 *
 * @param address        the machine's address, as used by the nodes and services on it
 * @param local          true when the machine is the one running the wizard (no SSH)
 * @param sshUser        SSH user, or null to inherit
 * @param sshPort        SSH port, or null to inherit
 * @param privateKeyFile SSH private key file, or null to inherit
 */
public record HostOverride(String address, boolean local, String sshUser, Integer sshPort, String privateKeyFile) {

    public static HostOverride localMachine(String address) {
        return new HostOverride(address, true, null, null, null);
    }
}
