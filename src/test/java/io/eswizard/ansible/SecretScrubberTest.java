package io.eswizard.ansible;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

class SecretScrubberTest {

    private static final String SECRET = "p\"ä\\ß€x-long";
    private final SecretScrubber scrubber = new SecretScrubber(List.of(SECRET, "ab"));

    static Stream<MaskingCases.Case> cases() {
        return MaskingCases.load().stream();
    }

    /** The shared table (masking/cases.json): each form real encoders write, masked, and what stays. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void masksEveryCaseOfTheSharedTable(MaskingCases.Case c) {
        SecretScrubber s = new SecretScrubber(c.secrets());
        assertEquals(c.masked(), s.scrub(c.text()));
        byte[] bytes = c.text().getBytes(StandardCharsets.UTF_8);
        assertEquals(!c.masked().equals(c.text()), s.appearsIn(bytes, 0, bytes.length));
    }

    @Test
    void masksThePlainJsonAndAsciiJsonForms() {
        assertEquals("pw=" + SecretScrubber.MASK, scrubber.scrub("pw=" + SECRET));
        assertEquals("{\"pw\":\"" + SecretScrubber.MASK + "\"}", scrubber.scrub("{\"pw\":\"p\\\"ä\\\\ß€x-long\"}"));
        assertEquals("{\"pw\":\"" + SecretScrubber.MASK + "\"}",
                scrubber.scrub("{\"pw\":\"p\\\"\\u00e4\\\\\\u00df\\u20acx-long\"}"));
    }

    @Test
    void aShortPasswordIsMaskedOnlyAsAWholeWord() {
        assertEquals(SecretScrubber.MASK + " is short; cab, abc and grab_bag stay",
                scrubber.scrub("ab is short; cab, abc and grab_bag stay"));
        SecretScrubber oneLetter = new SecretScrubber(List.of("a"));
        String text = "a failed task on a machine named banana";
        assertEquals(text.replace(" a ", " " + SecretScrubber.MASK + " ").replaceFirst("^a ", SecretScrubber.MASK + " "),
                oneLetter.scrub(text));
        assertEquals("banana", oneLetter.scrub("banana"));
    }

    @Test
    void findsASecretInUtf8BytesExactlyWhenScrubbingWouldMaskIt() {
        Random random = new Random(7);
        String[] pieces = {"a", "b", "p", "\"", "ä", "\\", "ß", "€", "x", "-long", SECRET, "p\\\"ä", "\\u00e4", "{", " ",
            "%C3%A4", "&quot;", "_"};
        for (int round = 0; round < 5_000; round++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(12); i > 0; i--) {
                text.append(pieces[random.nextInt(pieces.length)]);
            }
            String line = text.toString();
            byte[] padded = ("<<" + line + ">>").getBytes(StandardCharsets.UTF_8);
            boolean masked = !scrubber.scrub(line).equals(line);
            assertEquals(masked, scrubber.appearsIn(padded, 2, padded.length - 4), line);
        }
    }

    @Test
    void aSecretCutByTheEndOfTheRangeIsNotThere() {
        byte[] bytes = ("x" + SECRET).getBytes(StandardCharsets.UTF_8);
        assertTrue(scrubber.appearsIn(bytes, 0, bytes.length));
        assertFalse(scrubber.appearsIn(bytes, 0, bytes.length - 1));
        assertFalse(SecretScrubber.none().appearsIn(bytes, 0, bytes.length));
        assertNull(SecretScrubber.none().scrub(bytes, 0, bytes.length));
    }

    @Test
    void emptyAndRepeatedPasswordsAreIgnoredOrMergedAndOtherTextIsUntouched() {
        SecretScrubber s = new SecretScrubber(java.util.Arrays.asList("", null, "Hunter2-Hunter2", "Hunter2-Hunter2"));
        String ordinary = "ok: [store-1] => {\"changed\": false, \"msg\": \"All items completed\"}";
        assertEquals(ordinary, s.scrub(ordinary));
        assertEquals("[" + SecretScrubber.MASK + "]", s.scrub("[Hunter2-Hunter2]"));
    }
}
