package io.eswizard.validation;

import java.util.Optional;
import java.util.regex.Pattern;

/** Syntax of DNS host names (RFC 1123 labels); no lookups, so validation works offline. */
public final class DnsNames {

    static final int MAX_LENGTH = 253;
    static final int MAX_LABEL = 63;
    private static final Pattern LABEL = Pattern.compile("[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?");
    private static final Pattern DIGITS = Pattern.compile("[0-9]+");

    private DnsNames() {
    }

    /** Why {@code name} is not a usable host name, as the end of a sentence; empty when it is fine. */
    public static Optional<String> whyInvalid(String name) {
        if (name.length() > MAX_LENGTH) {
            return Optional.of("is " + name.length() + " characters long; a host name may have at most "
                    + MAX_LENGTH);
        }
        if (name.chars().anyMatch(c -> Character.isWhitespace(c) || Character.isSpaceChar(c))) {
            return Optional.of("contains a space; a host name has none");
        }
        if (name.endsWith(".")) {
            return Optional.of("ends with a dot; remove the trailing dot");
        }
        String[] labels = name.split("\\.", -1);
        for (String label : labels) {
            if (label.isEmpty()) {
                return Optional.of("has an empty part between dots");
            }
            if (label.length() > MAX_LABEL) {
                return Optional.of("has the part '" + label + "' longer than " + MAX_LABEL + " characters");
            }
            if (label.contains("_")) {
                return Optional.of("contains '_', which host names may not use; use '-' instead");
            }
            if (!LABEL.matcher(label).matches()) {
                return Optional.of("has the part '" + label + "', but each part may only use letters, digits and"
                        + " '-', and may not start or end with '-'");
            }
        }
        // An all-digit last label would make the name look like (a broken) IPv4 address.
        if (DIGITS.matcher(labels[labels.length - 1]).matches()) {
            return Optional.of("ends in a number, so it is neither a host name nor a complete IPv4 address");
        }
        return Optional.empty();
    }

    public static boolean isValid(String name) {
        return whyInvalid(name).isEmpty();
    }
}
