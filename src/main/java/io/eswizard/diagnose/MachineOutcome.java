package io.eswizard.diagnose;

/**
 * What the bundle holds from one inventory host.
 *
 * @param host     the inventory host (publisher-1, database, ...)
 * @param address  the address Ansible reaches it at
 * @param gathered whether its files came back
 * @param why      when they did not: unreachable, sudo refused, the run ended, ... in words
 */
public record MachineOutcome(String host, String address, boolean gathered, String why) {
}
