package io.eswizard.diagnose;

import io.eswizard.ansible.SecretScrubber;
import java.nio.charset.StandardCharsets;
import java.util.Collection;

/**
 * Masks one file of the bundle: every known password in each of its forms ({@link SecretScrubber}:
 * raw, XML- and URL-encoded, base64, JSON- and shell-escaped, ...), then whatever looks like a
 * password or key material ({@link PasswordLikeValues}).
 */
final class Masker {

    /** A masked file and how many values of each kind were masked. */
    record Result(byte[] bytes, int known, int passwordLike) {
        boolean masked() {
            return known + passwordLike > 0;
        }
    }

    private final SecretScrubber scrubber;

    Masker(Collection<String> knownSecrets) {
        this.scrubber = new SecretScrubber(knownSecrets);
    }

    Result mask(byte[] data) {
        byte[] scrubbed = scrubber.scrub(data, 0, data.length);
        int known = 0;
        if (scrubbed != null) {
            known = Math.max(1, count(scrubbed) - count(data));
        } else {
            scrubbed = data;
        }
        PasswordLikeValues.Masked generic = PasswordLikeValues.mask(new String(scrubbed, StandardCharsets.UTF_8));
        return new Result(generic.text().getBytes(StandardCharsets.UTF_8), known, generic.count());
    }

    /** Only the known passwords: the app's own texts (README.txt). */
    String scrubKnown(String text) {
        return scrubber.scrub(text);
    }

    private static int count(byte[] b) {
        String s = new String(b, StandardCharsets.ISO_8859_1);
        int n = 0;
        for (int i = s.indexOf(SecretScrubber.MASK); i >= 0; i = s.indexOf(SecretScrubber.MASK, i + 1)) {
            n++;
        }
        return n;
    }
}
