package io.eswizard.validation;

import io.eswizard.model.ConnectionSettings;
import io.eswizard.model.HostOverride;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Decides which addresses are one machine: the same address, or "this machine" for every
 * loopback address and every address marked local in the host overrides. Two services whose
 * addresses share a key share ports, folders and memory; the generator writes the key of each
 * inventory host, so that the playbook does machine-wide work once per machine.
 */
public final class Machines {

    /** Key of the machine running the wizard; not a valid address, so it never collides with one. */
    public static final String THIS_MACHINE = "<this machine>";

    private final Set<String> localAddresses = new TreeSet<>();

    public Machines(ConnectionSettings connection) {
        for (HostOverride o : connection.hostOverrides()) {
            if (o.local() && o.address() != null) {
                localAddresses.add(o.address()); // exact, as the generator matches overrides
            }
        }
    }

    /** The machine an address stands for; empty for a blank address (reported elsewhere). */
    public Optional<String> key(String address) {
        String a = Text.of(address);
        if (a.isBlank()) {
            return Optional.empty();
        }
        String n = normalize(a);
        return Optional.of(AddressSyntax.isLoopback(n) || localAddresses.contains(a) ? THIS_MACHINE : n);
    }

    boolean same(String a, String b) {
        Optional<String> ka = key(a);
        return ka.isPresent() && ka.equals(key(b));
    }

    /** How a message names the machine. */
    static String describe(String key) {
        return THIS_MACHINE.equals(key) ? "this machine" : key;
    }

    /** A sentence explaining why different addresses are one machine; empty for a plain address. */
    static String why(String key) {
        return THIS_MACHINE.equals(key) ? " (Loopback addresses and hosts marked local all count as this machine.)"
                : "";
    }

    private static String normalize(String address) {
        return address.strip().toLowerCase(Locale.ROOT);
    }
}
