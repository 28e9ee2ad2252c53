package io.eswizard.ansible;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The forms a password takes in output, as patterns for {@link SecretScrubber}. The same rules are
 * in the callback plugin (ansible/callback_plugins/eswizard_events.py, {@code _spellings} and
 * {@code _patterns}); src/test/resources/masking/cases.json holds the cases both must pass.
 *
 * <p>A pattern is a row of units, one or more characters of the password each; a unit matches any
 * of its spellings. A letter or digit is spelled only as itself. Any other character may also be
 * URL-encoded (%XX per UTF-8 byte, either case; + for a space), an XML or HTML reference
 * ({@code &amp;}, {@code &#38;}, {@code &#x26;}), backslash-escaped as JSON, JavaScript, Python
 * repr, YAML's double quotes and the shell write it ({@code \"}, {@code \n}, {@code \xe4},
 * backslash-u {@code 00e4}, {@code \U0001f600}, a backslash before the character), or, for a single quote, in
 * the doubled and shell forms ({@code ''}, {@code '\''}, {@code '"'"'}). Each spelling may in turn
 * sit inside up to three layers of JSON strings (a module's JSON output inside a result inside an
 * event). Separate patterns hold the password's base64 (standard and URL-safe alphabets, with and
 * without padding) and, for a password long enough, the part of its base64 that is the same
 * wherever it sits in a longer encoded text (three alignments).
 *
 * <p>A password shorter than {@link #SHORT} characters is matched only as a whole token (no letter,
 * digit or underscore on either side), so that a one-letter sudo password does not mask every such
 * letter of the output, and has no base64 part-patterns.
 */
final class SecretForms {

    /** Passwords with fewer characters than this match only as whole tokens. */
    static final int SHORT = 8;
    /** Layers of JSON strings a spelling may sit in. */
    private static final int JSON_LAYERS = 3;
    private static final Map<Integer, String> XML_NAMES = Map.of(
            (int) '&', "&amp;", (int) '<', "&lt;", (int) '>', "&gt;", (int) '"', "&quot;", (int) '\'', "&apos;");
    private static final Map<Integer, Character> SHORT_ESCAPES = Map.ofEntries(
            Map.entry(0x0a, 'n'), Map.entry(0x0d, 'r'), Map.entry(0x09, 't'), Map.entry(0x08, 'b'),
            Map.entry(0x0c, 'f'), Map.entry(0x0b, 'v'), Map.entry(0x07, 'a'), Map.entry(0x00, '0'),
            Map.entry(0x1b, 'e'), Map.entry(0x85, 'N'), Map.entry(0xa0, '_'), Map.entry(0x2028, 'L'),
            Map.entry(0x2029, 'P'));

    /** One pattern: its units, each the UTF-8 bytes of its spellings; whole-token patterns need a boundary. */
    record Pattern(byte[][][] units, boolean wholeToken) {
    }

    private SecretForms() {
    }

    /** The patterns of one password; none for an empty one. */
    static List<Pattern> of(String secret) {
        if (secret.isEmpty()) {
            return List.of();
        }
        boolean shortSecret = secret.codePointCount(0, secret.length()) < SHORT;
        List<Pattern> out = new ArrayList<>();
        out.add(new Pattern(units(secret), shortSecret));
        for (String b64 : base64(secret.getBytes(StandardCharsets.UTF_8), shortSecret)) {
            out.add(new Pattern(new byte[][][] {{b64.getBytes(StandardCharsets.US_ASCII)}}, shortSecret));
        }
        return out;
    }

    /** The units: a run of letters and digits is one unit of one spelling, every other character one unit. */
    private static byte[][][] units(String secret) {
        List<byte[][]> units = new ArrayList<>();
        StringBuilder plain = new StringBuilder();
        secret.codePoints().forEach(cp -> {
            if (isPlain(cp)) {
                plain.appendCodePoint(cp);
                return;
            }
            if (!plain.isEmpty()) {
                units.add(new byte[][] {plain.toString().getBytes(StandardCharsets.UTF_8)});
                plain.setLength(0);
            }
            units.add(spellings(cp).stream().map(s -> s.getBytes(StandardCharsets.UTF_8)).toArray(byte[][]::new));
        });
        if (!plain.isEmpty()) {
            units.add(new byte[][] {plain.toString().getBytes(StandardCharsets.UTF_8)});
        }
        return units.toArray(byte[][][]::new);
    }

    static boolean isPlain(int cp) {
        return cp < 0x80 && Character.isLetterOrDigit(cp);
    }

    /** Every spelling of one character, itself first. */
    static Set<String> spellings(int cp) {
        String c = new String(Character.toChars(cp));
        Set<String> base = new LinkedHashSet<>();
        base.add(c);
        if (isPlain(cp)) {
            return base;
        }
        byte[] utf8 = c.getBytes(StandardCharsets.UTF_8);
        base.add(perByte(utf8, "%", true));
        base.add(perByte(utf8, "%", false));
        if (cp == ' ') {
            base.add("+");
        }
        if (XML_NAMES.containsKey(cp)) {
            base.add(XML_NAMES.get(cp));
        }
        base.add("&#" + cp + ";");
        base.add("&#x" + Integer.toHexString(cp) + ";");
        base.add("&#x" + Integer.toHexString(cp).toUpperCase(Locale.ROOT) + ";");
        base.add("\\" + c);
        if (SHORT_ESCAPES.containsKey(cp)) {
            base.add("\\" + SHORT_ESCAPES.get(cp));
        }
        for (boolean upper : new boolean[] {false, true}) {
            if (cp < 0x100) {
                base.add(hex("\\x", cp, 2, upper));
            }
            if (cp < 0x10000) {
                base.add(hex("\\u", cp, 4, upper));
            } else {
                base.add(hex("\\u", Character.highSurrogate(cp), 4, upper) + hex("\\u", Character.lowSurrogate(cp), 4, upper));
            }
            base.add(hex("\\U", cp, 8, upper));
            if (cp >= 0x80) {
                base.add(perByte(utf8, "\\x", upper));
            }
        }
        if (cp == '\'') {
            base.add("''");
            base.add("'\\''");
            base.add("'\"'\"'");
        }
        Set<String> all = new LinkedHashSet<>(base);
        Set<String> layer = base;
        for (int i = 0; i < JSON_LAYERS; i++) {
            Set<String> next = new LinkedHashSet<>();
            for (String s : layer) {
                next.add(json(s, true));
                next.add(json(s, false));
            }
            next.removeAll(all);
            all.addAll(next);
            layer = next;
        }
        return Collections.unmodifiableSet(all);
    }

    /**
     * The inside of a JSON string as Python's json.dumps writes it: with {@code asciiOnly} (its
     * default) every character outside space..tilde is escaped, otherwise only control characters;
     * both escape the quote and the backslash.
     */
    static String json(String s, boolean asciiOnly) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                case '\b' -> sb.append("\\b");
                case '\f' -> sb.append("\\f");
                default -> {
                    if (c < 0x20 || asciiOnly && c > 0x7e) {
                        sb.append(hex("\\u", c, 4, false));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.toString();
    }

    /**
     * The password's base64: whole (standard and URL-safe, padded and not) and, unless it is short,
     * the characters that encode only its bytes when it sits in a longer text at each of the three
     * alignments. The last characters of a part-pattern carry bits of what follows and stay.
     */
    static Set<String> base64(byte[] secret, boolean shortSecret) {
        Set<String> out = new LinkedHashSet<>();
        for (Base64.Encoder encoder : new Base64.Encoder[] {Base64.getEncoder(), Base64.getUrlEncoder()}) {
            String whole = encoder.encodeToString(secret);
            out.add(whole);
            out.add(whole.replaceAll("=+$", ""));
            if (shortSecret) {
                continue;
            }
            for (int k = 0; k < 3; k++) {
                byte[] padded = new byte[k + secret.length + 2];
                System.arraycopy(secret, 0, padded, k, secret.length);
                String encoded = encoder.encodeToString(padded);
                int from = (8 * k + 5) / 6;
                int to = (8 * k + 8 * secret.length) / 6;
                if (to - from >= 4) {
                    out.add(encoded.substring(from, to));
                }
            }
        }
        return out;
    }

    private static String perByte(byte[] utf8, String prefix, boolean upper) {
        StringBuilder sb = new StringBuilder();
        for (byte b : utf8) {
            sb.append(hex(prefix, b & 0xff, 2, upper));
        }
        return sb.toString();
    }

    private static String hex(String prefix, int value, int digits, boolean upper) {
        String h = Integer.toHexString(value);
        h = "0".repeat(Math.max(0, digits - h.length())) + h;
        return prefix + (upper ? h.toUpperCase(Locale.ROOT) : h);
    }
}
