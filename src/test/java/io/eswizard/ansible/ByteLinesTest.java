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
    void aLineLongerThanTheLimitKeepsItsStartAndSaysHowMuchWasLeftOut() throws IOException {
        int whole = 10 + ByteLines.NOTE_ROOM;
        String text = "a\n" + "x".repeat(300) + "\nb\r\n" + "y".repeat(200) + "\r\nc\n" + "z".repeat(whole) + "\r"
                + "w".repeat(150);
        List<String> expected = List.of("a", "x".repeat(10) + " … (290 more bytes of this line left out)", "b",
                "y".repeat(10) + " … (190 more bytes of this line left out)", "c", "z".repeat(whole),
                "w".repeat(10) + " … (140 more bytes of this line left out)");
        for (int piece : new int[] {1, 2, 3, 7, 9, 11, 139, 1 << 16}) {
            assertEquals(expected, lines(text, piece, 10), "read " + piece + " bytes at a time");
        }
    }

    @Test
    void theLimitHoldsForAHugeLineWhateverTheBufferHasGrownTo() throws IOException {
        String huge = "h".repeat(ByteLines.BUFFER_SIZE * 3);
        String text = "x".repeat(ByteLines.BUFFER_SIZE * 2) + "\n" + huge + "\nend";
        List<String> got = lines(text, 1 << 16, ByteLines.BUFFER_SIZE * 2);
        assertEquals(3, got.size());
        assertEquals("x".repeat(ByteLines.BUFFER_SIZE * 2), got.get(0), "a line of the limit's length is whole");
        assertEquals("h".repeat(ByteLines.BUFFER_SIZE * 2) + " … (" + String.format(java.util.Locale.ROOT, "%,d",
                ByteLines.BUFFER_SIZE) + " more bytes of this line left out)", got.get(1));
        assertEquals("end", got.get(2));
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
        return lines(text, piece, ByteLines.MAX_LINE_BYTES);
    }

    private static List<String> lines(String text, int piece, int maxLine) throws IOException {
        InputStream in = new FilterInputStream(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8))) {
            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                return super.read(b, off, Math.min(len, piece));
            }
        };
        ByteLines lines = new ByteLines(in, maxLine);
        List<String> out = new ArrayList<>();
        while (lines.next()) {
            out.add(new String(lines.buffer(), lines.start(), lines.length(), StandardCharsets.UTF_8));
        }
        return out;
    }
}
