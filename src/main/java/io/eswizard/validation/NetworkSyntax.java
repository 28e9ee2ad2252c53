package io.eswizard.validation;

import java.math.BigInteger;
import java.util.Optional;

/**
 * Syntax of a network in CIDR notation, as NGINX's {@code allow} takes it: an IPv4 or IPv6 address,
 * a slash and a prefix length, with no bits set after the prefix (10.0.0.0/24, not 10.0.0.5/24).
 * Purely textual, like {@link AddressSyntax}.
 */
public final class NetworkSyntax {

    private NetworkSyntax() {
    }

    /** Why {@code value} is not a network in CIDR notation, as the end of a sentence; empty when it is one. */
    public static Optional<String> whyInvalid(String value) {
        if (value.isBlank()) {
            return Optional.of("is empty");
        }
        if (value.chars().anyMatch(Character::isWhitespace)) {
            return Optional.of("contains spaces; separate networks with commas");
        }
        int slash = value.indexOf('/');
        String address = slash < 0 ? value : value.substring(0, slash);
        boolean v4 = AddressSyntax.isIpv4(address);
        if (!v4 && !AddressSyntax.isIpv6(address)) {
            return Optional.of("does not start with an IPv4 or IPv6 address, e.g. 10.0.0.0/24");
        }
        int bits = v4 ? 32 : 128;
        if (slash < 0) {
            return Optional.of("has no prefix length; write a network as address/length, e.g. 10.0.0.0/24"
                    + " (one machine: " + value + "/" + bits + ")");
        }
        String length = value.substring(slash + 1);
        if (length.isEmpty() || length.length() > 3 || !length.chars().allMatch(Character::isDigit)
                || (length.length() > 1 && length.startsWith("0")) || Integer.parseInt(length) > bits) {
            return Optional.of("has no valid prefix length after '/': it needs a number from 0 to " + bits);
        }
        int prefix = Integer.parseInt(length);
        BigInteger number = v4 ? ipv4(address) : ipv6(address);
        BigInteger hostBits = BigInteger.ONE.shiftLeft(bits - prefix).subtract(BigInteger.ONE);
        if (!number.and(hostBits).equals(BigInteger.ZERO)) {
            return Optional.of("sets bits after the first " + prefix + "; the network is "
                    + network(number.andNot(hostBits), v4) + "/" + prefix);
        }
        return Optional.empty();
    }

    public static boolean isValid(String value) {
        return whyInvalid(value).isEmpty();
    }

    /** A valid network that holds every address (0.0.0.0/0, ::/0). */
    public static boolean isEverywhere(String value) {
        return isValid(value) && value.endsWith("/0");
    }

    private static BigInteger ipv4(String address) {
        BigInteger n = BigInteger.ZERO;
        for (String part : address.split("\\.")) {
            n = n.shiftLeft(8).add(BigInteger.valueOf(Integer.parseInt(part)));
        }
        return n;
    }

    /** Only called on checked IPv6 literals. */
    private static BigInteger ipv6(String address) {
        String full = address;
        if (full.contains(".")) {
            int last = full.lastIndexOf(':');
            BigInteger tail = ipv4(full.substring(last + 1));
            full = full.substring(0, last + 1) + tail.shiftRight(16).toString(16) + ":"
                    + tail.and(BigInteger.valueOf(0xffff)).toString(16);
        }
        String[] halves = full.split("::", -1);
        String[] head = halves[0].isEmpty() ? new String[0] : halves[0].split(":");
        String[] tail = halves.length < 2 || halves[1].isEmpty() ? new String[0] : halves[1].split(":");
        BigInteger n = BigInteger.ZERO;
        for (String group : head) {
            n = n.shiftLeft(16).add(new BigInteger(group, 16));
        }
        n = n.shiftLeft(16 * (8 - head.length - tail.length));
        for (String group : tail) {
            n = n.shiftLeft(16).add(new BigInteger(group, 16));
        }
        return n;
    }

    private static String network(BigInteger n, boolean v4) {
        if (v4) {
            long v = n.longValue();
            return (v >> 24 & 255) + "." + (v >> 16 & 255) + "." + (v >> 8 & 255) + "." + (v & 255);
        }
        StringBuilder s = new StringBuilder();
        for (int i = 7; i >= 0; i--) {
            s.append(n.shiftRight(16 * i).and(BigInteger.valueOf(0xffff)).toString(16));
            if (i > 0) {
                s.append(':');
            }
        }
        return s.toString();
    }
}
