package io.eswizard.ansible;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SecretScrubberTest {

    private static final String SECRET = "p\"ä\\ß€x";
    private final SecretScrubber scrubber = new SecretScrubber(List.of(SECRET, "ab"));

    @Test
    void masksThePlainJsonAndAsciiJsonForms() {
        assertEquals("pw=" + SecretScrubber.MASK, scrubber.scrub("pw=" + SECRET));
        assertEquals("{\"pw\":\"" + SecretScrubber.MASK + "\"}", scrubber.scrub("{\"pw\":\"p\\\"ä\\\\ß€x\"}"));
        assertEquals("{\"pw\":\"" + SecretScrubber.MASK + "\"}",
                scrubber.scrub("{\"pw\":\"p\\\"\\u00e4\\\\\\u00df\\u20acx\"}"));
        assertEquals("ab is too short to mask", scrubber.scrub("ab is too short to mask"));
    }

    @Test
    void findsASecretInUtf8BytesExactlyWhenScrubbingWouldMaskIt() {
        Random random = new Random(7);
        String[] pieces = {"a", "p", "\"", "ä", "\\", "ß", "€", "x", SECRET, "p\\\"ä", "\\u00e4", "{", " "};
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
    }
}
