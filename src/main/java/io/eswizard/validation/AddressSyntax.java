package io.eswizard.validation;

import io.eswizard.model.field.FieldRef;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Syntax of a machine address: an IPv4 address, an IPv6 address or a host name, nothing else.
 * Purely textual: resolving names here would make validation slow and depend on the network.
 */
public final class AddressSyntax {

    private static final Pattern IPV4_LIKE = Pattern.compile("[0-9]+(\\.[0-9]+)*");
    private static final Pattern HEX_GROUP = Pattern.compile("[0-9A-Fa-f]{1,4}");

    private AddressSyntax() {
    }

    /** Why {@code value} is not a bare address, as the end of a sentence; empty when it is fine. */
    public static Optional<String> whyInvalid(String value) {
        if (value.isBlank()) {
            return Optional.of("is empty");
        }
        if (!value.equals(value.strip()) || value.chars().anyMatch(Character::isWhitespace)) {
            return Optional.of("contains spaces; enter just the address");
        }
        if (value.contains("://")) {
            return Optional.of("is a URL; enter just the address without http:// or https://, e.g. 10.0.0.5");
        }
        if (value.contains("/")) {
            return Optional.of("contains '/'; enter just the address, without a path or network mask");
        }
        if (value.startsWith("[")) {
            return Optional.of("is written in brackets; enter the IPv6 address without [ ] and without a port");
        }
        if (value.contains("@")) {
            return Optional.of("contains '@'; enter just the address (the SSH user has its own field)");
        }
        long colons = value.chars().filter(c -> c == ':').count();
        if (colons == 1) {
            return Optional.of("contains a port; enter just the address, the port has its own field");
        }
        if (colons > 1) {
            return isIpv6(value) ? Optional.empty()
                    : Optional.of("is not a valid IPv6 address");
        }
        if (IPV4_LIKE.matcher(value).matches()) {
            return isIpv4(value) ? Optional.empty()
                    : Optional.of("is not a valid IPv4 address: it needs four numbers from 0 to 255, e.g. 10.0.0.5");
        }
        return DnsNames.whyInvalid(value).map(why -> "is not a valid host name: it " + why);
    }

    /**
     * Adds an error when {@code value} is missing (and {@code required}) or is not a bare address.
     * {@code what} starts the sentence, e.g. "The database address".
     */
    static void check(List<Problem> out, FieldRef path, String what, String value, boolean required) {
        if (value.isBlank()) {
            if (required) {
                out.add(Problem.error(path, what + " is missing. Enter its IP address or host name, e.g. 10.0.0.5."));
            }
            return;
        }
        whyInvalid(value).ifPresent(why -> out.add(Problem.error(path, what + " '" + value + "' " + why + ".")));
    }

    public static boolean isValid(String value) {
        return whyInvalid(value).isEmpty();
    }

    public static boolean isIpv4(String value) {
        String[] parts = value.split("\\.", -1);
        if (parts.length != 4) {
            return false;
        }
        for (String part : parts) {
            // Leading zeros are read as octal by some tools; refuse the ambiguity.
            if (part.isEmpty() || part.length() > 3 || (part.length() > 1 && part.startsWith("0"))
                    || !part.chars().allMatch(Character::isDigit) || Integer.parseInt(part) > 255) {
                return false;
            }
        }
        return true;
    }

    public static boolean isIpv6(String value) {
        if (value.contains("%")) {
            return false; // zone ids only mean something on one machine
        }
        int doubleColon = value.indexOf("::");
        if (doubleColon >= 0 && value.indexOf("::", doubleColon + 1) >= 0) {
            return false;
        }
        String[] halves = doubleColon >= 0
                ? new String[] {value.substring(0, doubleColon), value.substring(doubleColon + 2)}
                : new String[] {value};
        int groups = 0;
        for (int h = 0; h < halves.length; h++) {
            if (halves[h].isEmpty()) {
                continue;
            }
            String[] parts = halves[h].split(":", -1);
            for (int i = 0; i < parts.length; i++) {
                boolean last = h == halves.length - 1 && i == parts.length - 1;
                if (last && parts[i].contains(".")) {
                    if (!isIpv4(parts[i])) {
                        return false;
                    }
                    groups += 2;
                } else if (HEX_GROUP.matcher(parts[i]).matches()) {
                    groups++;
                } else {
                    return false;
                }
            }
        }
        return doubleColon >= 0 ? groups < 8 : groups == 8;
    }

    /** 127.0.0.0/8, ::1 and localhost: the machine running the wizard, whatever it is called. */
    public static boolean isLoopback(String value) {
        String v = value.strip().toLowerCase(Locale.ROOT);
        if (v.equals("localhost") || v.endsWith(".localhost")) {
            return true;
        }
        if (isIpv4(v)) {
            return v.startsWith("127.");
        }
        return isIpv6(v) && ipv6Literal(v).isLoopbackAddress();
    }

    /** Only called on checked IPv6 literals, which InetAddress parses without any DNS lookup. */
    private static InetAddress ipv6Literal(String v) {
        try {
            return InetAddress.getByName(v);
        } catch (UnknownHostException e) {
            throw new IllegalStateException("not an IPv6 literal: " + v, e);
        }
    }
}
