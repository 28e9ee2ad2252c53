package io.eswizard.validation;

import io.eswizard.model.ClusterProject;
import io.eswizard.model.ConnectionSettings;
import io.eswizard.model.HostOverride;
import java.util.ArrayList;
import java.util.List;
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

    /**
     * A sandbox: every server of the project (nodes, database, load balancer and, with single sign-on,
     * the Identity Server) is on this machine. Warnings about production (availability, public names)
     * do not apply to it.
     */
    boolean sandbox(ClusterProject p) {
        List<String> addresses = new ArrayList<>();
        p.nodes().forEach(n -> addresses.add(n.address()));
        addresses.add(p.database().host());
        addresses.add(p.loadBalancer().address());
        if (p.sso().enabled()) {
            addresses.add(p.sso().isAddress());
        }
        return addresses.stream().allMatch(a -> key(a).filter(THIS_MACHINE::equals).isPresent());
    }

    public boolean same(String a, String b) {
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
