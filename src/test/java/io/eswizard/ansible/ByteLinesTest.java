package io.eswizard.ansible;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Lines end where BufferedReader.readLine ends them, however the bytes arrive. */
class ByteLinesTest {

    @Test
    void everyKindOfLineEnd() throws IOException {
        assertEquals(List.of("a", "b", "c", "", "d", "last"), lines("a\nb\r\nc\r\rd\nlast", 1 << 16));
        assertEquals(List.of(), lines("", 1 << 16));
        assertEquals(List.of(""), lines("\n", 1 << 16));
        assertEquals(List.of("", ""), lines("\r\r\n", 1 << 16));
    }

    @Test
    void aCarriageReturnAtTheEndOfOneReadAndItsNewlineInTheNext() throws IOException {
        assertEquals(List.of("ab", "cd"), lines("ab\r\ncd\r\n", 3));
        assertEquals(List.of("ab", "", "cd"), lines("ab\r\r\ncd", 3));
    }

    @Test
    void aLineLongerThanTheBufferIsKeptWhole() throws IOException {
        String longLine = "x".repeat(ByteLines.BUFFER_SIZE * 5 + 17);
        assertEquals(List.of("a", longLine, "b", "c"), lines("a\n" + longLine + "\nb\nc", 1 << 16));
        assertEquals(List.of(longLine), lines(longLine, 1000));
    }

    @Test
    void agreesWithBufferedReaderOnRandomInputInRandomPieces() throws IOException {
        Random random = new Random(42);
        String alphabet = "ab{}\"\r\n\n\n é€";
        for (int round = 0; round < 300; round++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(round < 250 ? 200 : 200_000);
            for (int i = 0; i < length; i++) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            List<String> expected = new ArrayList<>();
            try (BufferedReader r = new BufferedReader(new StringReader(text.toString()))) {
                for (String l; (l = r.readLine()) != null; ) {
                    expected.add(l);
                }
            }
            assertEquals(expected, lines(text.toString(), 1 + random.nextInt(9)), "round " + round);
        }
    }

    /** Reads the text as UTF-8 handed over at most {@code piece} bytes per read, as a pipe may. */
    private static List<String> lines(String text, int piece) throws IOException {
        InputStream in = new FilterInputStream(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8))) {
            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                return super.read(b, off, Math.min(len, piece));
            }
        };
        ByteLines lines = new ByteLines(in);
        List<String> out = new ArrayList<>();
        while (lines.next()) {
            out.add(new String(lines.buffer(), lines.start(), lines.length(), StandardCharsets.UTF_8));
        }
        return out;
    }
}
