package io.eswizard.ansible;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Replaces secret values in text before it is shown or written. Defensive: Ansible is told the
 * secrets only through a vars file, but a module or a failing task may still echo one. Besides the
 * plain value it also hides the forms a JSON event carries (escaped, and \\uXXXX as Python writes
 * non-ASCII).
 */
public final class SecretScrubber {

    public static final String MASK = "********";
    /** Very short values would mask ordinary words all over the log. */
    static final int MIN_LENGTH = 3;

    private final List<String> forms;
    /** The forms as UTF-8, and which bytes begin one: most lines are ruled out in one pass. */
    private final byte[][] formBytes;
    private final boolean[] firstBytes = new boolean[256];

    public SecretScrubber(Collection<String> secretValues) {
        Set<String> all = new LinkedHashSet<>();
        for (String v : secretValues) {
            if (v == null || v.length() < MIN_LENGTH) {
                continue;
            }
            all.add(v);
            all.add(new String(JsonStringEncoder.getInstance().quoteAsString(v)));
            all.add(asciiJson(v));
        }
        List<String> sorted = new ArrayList<>(all);
        sorted.sort(Comparator.comparingInt(String::length).reversed());
        forms = List.copyOf(sorted);
        formBytes = new byte[forms.size()][];
        for (int i = 0; i < formBytes.length; i++) {
            formBytes[i] = forms.get(i).getBytes(StandardCharsets.UTF_8);
            firstBytes[formBytes[i][0] & 0xff] = true;
        }
    }

    public static SecretScrubber none() {
        return new SecretScrubber(List.of());
    }

    public String scrub(String text) {
        String out = text;
        for (String f : forms) {
            if (out.contains(f)) {
                out = out.replace(f, MASK);
            }
        }
        return out;
    }

    /** Whether the UTF-8 bytes {@code b[off, off + len)} hold a secret in any of its forms. */
    public boolean appearsIn(byte[] b, int off, int len) {
        if (formBytes.length == 0) {
            return false;
        }
        int end = off + len;
        for (int i = off; i < end; i++) {
            if (firstBytes[b[i] & 0xff]) {
                for (byte[] form : formBytes) {
                    if (startsWith(b, i, end, form)) {
                        return true;
                    }
                }
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

    private static String asciiJson(String v) {
        String escaped = new String(JsonStringEncoder.getInstance().quoteAsString(v));
        StringBuilder sb = new StringBuilder();
        for (char c : escaped.toCharArray()) {
            if (c < 0x80) {
                sb.append(c);
            } else {
                sb.append(String.format("\\u%04x", (int) c));
            }
        }
        return sb.toString();
    }
}
