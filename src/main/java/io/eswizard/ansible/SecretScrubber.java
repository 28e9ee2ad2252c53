package io.eswizard.ansible;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Replaces secret values in text before it is shown or written, in every form {@link SecretForms}
 * lists. Defensive: Ansible is told the secrets only through a vars file and its callback masks
 * them too, but a module or a failing task may still echo one, encoded or escaped. At each place
 * the longest match of any pattern is masked, leftmost first: the callback plugin does the same.
 */
public final class SecretScrubber {

    public static final String MASK = "********";
    private static final byte[] MASK_BYTES = MASK.getBytes(StandardCharsets.US_ASCII);

    /** The patterns that may begin with each byte. */
    private final SecretForms.Pattern[][] byFirstByte = new SecretForms.Pattern[256][];
    /** The first two bytes a match may begin with, as bits: most places are ruled out by one look-up. */
    private final long[] firstPairs = new long[1 << 10];
    /** First bytes of a pattern that is one byte long, after which any byte may follow. */
    private final boolean[] anySecond = new boolean[256];
    private final boolean empty;
    private final boolean[] firstBytes = new boolean[256];

    public SecretScrubber(Collection<String> secretValues) {
        Set<String> distinct = new LinkedHashSet<>();
        for (String v : secretValues) {
            if (v != null && !v.isEmpty()) {
                distinct.add(v);
            }
        }
        List<List<SecretForms.Pattern>> starting = new ArrayList<>();
        for (int b = 0; b < 256; b++) {
            starting.add(new ArrayList<>());
        }
        for (String v : distinct) {
            for (SecretForms.Pattern p : SecretForms.of(v)) {
                boolean[] seen = new boolean[256];
                byte[][][] units = p.units();
                for (byte[] spelling : units[0]) {
                    int first = spelling[0] & 0xff;
                    if (spelling.length > 1) {
                        addPair(first, spelling[1]);
                    } else if (units.length > 1) {
                        for (byte[] next : units[1]) {
                            addPair(first, next[0]);
                        }
                    } else {
                        anySecond[first] = true;
                    }
                    if (!seen[first]) {
                        seen[first] = true;
                        starting.get(first).add(p);
                    }
                }
            }
        }
        boolean none = true;
        for (int b = 0; b < 256; b++) {
            List<SecretForms.Pattern> s = starting.get(b);
            byFirstByte[b] = s.isEmpty() ? null : s.toArray(SecretForms.Pattern[]::new);
            none &= s.isEmpty();
            firstBytes[b] = !s.isEmpty();
        }
        empty = none;
    }

    private void addPair(int first, byte second) {
        int pair = first << 8 | second & 0xff;
        firstPairs[pair >>> 6] |= 1L << pair;
    }

    public static SecretScrubber none() {
        return new SecretScrubber(List.of());
    }

    public String scrub(String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        byte[] out = scrub(bytes, 0, bytes.length);
        return out == null ? text : new String(out, StandardCharsets.UTF_8);
    }

    /** The bytes {@code b[off, off + len)} with every secret masked, or null when they hold none. */
    public byte[] scrub(byte[] b, int off, int len) {
        if (empty) {
            return null;
        }
        int end = off + len;
        ByteArrayOutputStream out = null;
        int copied = off;
        int i = off;
        while (i < end) {
            int match = mayStart(b, end, i) ? longestAt(b, off, end, i) : -1;
            if (match < 0) {
                i++;
                continue;
            }
            if (out == null) {
                out = new ByteArrayOutputStream(len + MASK_BYTES.length);
            }
            out.write(b, copied, i - copied);
            out.write(MASK_BYTES, 0, MASK_BYTES.length);
            i = match;
            copied = match;
        }
        if (out == null) {
            return null;
        }
        out.write(b, copied, end - copied);
        return out.toByteArray();
    }

    /** Whether the UTF-8 bytes {@code b[off, off + len)} hold a secret in any of its forms. */
    public boolean appearsIn(byte[] b, int off, int len) {
        if (empty) {
            return false;
        }
        int end = off + len;
        boolean[] first = firstBytes;
        for (int i = off; i < end; i++) {
            if (first[b[i] & 0xff] && mayStart(b, end, i) && longestAt(b, off, end, i) >= 0) {
                return true;
            }
        }
        return false;
    }

    private boolean mayStart(byte[] b, int end, int at) {
        int first = b[at] & 0xff;
        if (byFirstByte[first] == null) {
            return false;
        }
        if (anySecond[first]) {
            return true;
        }
        if (at + 1 >= end) {
            return false;
        }
        int pair = first << 8 | b[at + 1] & 0xff;
        return (firstPairs[pair >>> 6] & 1L << pair) != 0;
    }

    /** The end of the longest match starting at {@code at}, or -1; {@code from, end} bound the text. */
    private int longestAt(byte[] b, int from, int end, int at) {
        SecretForms.Pattern[] candidates = byFirstByte[b[at] & 0xff];
        if (candidates == null) {
            return -1;
        }
        int best = -1;
        for (SecretForms.Pattern p : candidates) {
            best = Math.max(best, matchEnd(p, b, from, end, at));
        }
        return best;
    }

    private static int matchEnd(SecretForms.Pattern p, byte[] b, int from, int end, int at) {
        if (!anyStartsWith(b, at, end, p.units()[0]) || p.wholeToken() && !tokenStarts(b, from, at)) {
            return -1;
        }
        int[] positions = {at};
        int count = 1;
        for (byte[][] unit : p.units()) {
            int[] next = new int[Math.max(4, count * unit.length)];
            int nextCount = 0;
            for (int k = 0; k < count; k++) {
                int q = positions[k];
                for (byte[] spelling : unit) {
                    if (startsWith(b, q, end, spelling)) {
                        int reached = q + spelling.length;
                        if (!contains(next, nextCount, reached)) {
                            next[nextCount++] = reached;
                        }
                    }
                }
            }
            if (nextCount == 0) {
                return -1;
            }
            positions = next;
            count = nextCount;
        }
        Arrays.sort(positions, 0, count);
        for (int k = count - 1; k >= 0; k--) {
            if (!p.wholeToken() || positions[k] == end || !isWordByte(b[positions[k]])) {
                return positions[k];
            }
        }
        return -1;
    }

    /**
     * A token starts at {@code at} after the start of the text, a byte that is not part of a word,
     * or a JSON escape of a control character ({@code \n}, {@code \t}, ...).
     */
    private static boolean tokenStarts(byte[] b, int from, int at) {
        if (at == from || !isWordByte(b[at - 1])) {
            return true;
        }
        return at - 2 >= from && b[at - 2] == '\\' && "ntrbf".indexOf(b[at - 1]) >= 0;
    }

    private static boolean isWordByte(byte x) {
        int c = x & 0xff;
        return c >= 0x80 || c == '_' || c >= '0' && c <= '9' || c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z';
    }

    private static boolean anyStartsWith(byte[] b, int at, int end, byte[][] spellings) {
        for (byte[] spelling : spellings) {
            if (startsWith(b, at, end, spelling)) {
                return true;
            }
        }
        return false;
    }

    private static boolean contains(int[] values, int count, int value) {
        for (int k = 0; k < count; k++) {
            if (values[k] == value) {
                return true;
            }
        }
        return false;
    }

    private static boolean startsWith(byte[] b, int at, int end, byte[] form) {
        if (end - at < form.length) {
            return false;
        }
        for (int k = 0; k < form.length; k++) {
            if (b[at + k] != form[k]) {
                return false;
            }
        }
        return true;
    }
}
