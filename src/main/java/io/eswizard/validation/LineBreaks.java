package io.eswizard.validation;

import java.util.Map;
import java.util.Optional;

/**
 * The characters Unicode treats as line breaks. A value meant for one line holds none of them: in a
 * comment, a YAML scalar, an INI line or a log line, each would start a new line of its own.
 */
public final class LineBreaks {

    private static final Map<Character, String> NAMES = Map.of(
            '\n', "a line feed (LF)",
            '\r', "a carriage return (CR)",
            '\u000B', "a vertical tab (VT)",
            '\f', "a form feed (FF)",
            '\u0085', "a next-line character (NEL, U+0085)",
            '\u2028', "a line separator (U+2028)",
            '\u2029', "a paragraph separator (U+2029)");

    private LineBreaks() {
    }

    /** The first line break in {@code value}, in words; empty when there is none. */
    public static Optional<String> find(String value) {
        if (value == null) {
            return Optional.empty();
        }
        for (int i = 0; i < value.length(); i++) {
            String name = NAMES.get(value.charAt(i));
            if (name != null) {
                return Optional.of(name);
            }
        }
        return Optional.empty();
    }
}
