package io.eswizard.ansible;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;

/**
 * Splits a byte stream into lines without decoding it, so JSON events reach the parser and the
 * events file as the bytes Ansible wrote; decoding to text and back cost more than the rest of the
 * reader together with the app's client compiler. Ends a line at {@code \n}, {@code \r\n} or a lone
 * {@code \r}, as {@link java.io.BufferedReader#readLine()} does; a last line without an end counts.
 * The buffer grows to hold a long line, up to about {@link #MAX_LINE_BYTES}: of a line longer than
 * that and {@link #NOTE_ROOM} more, only the first {@code MAX_LINE_BYTES} bytes are kept, followed by
 * a note of how many were left out, so that one runaway line (a failed command's whole output)
 * cannot exhaust the heap.
 */
final class ByteLines {

    static final int BUFFER_SIZE = 1 << 16;
    static final int MAX_LINE_BYTES = 16 << 20;
    /** Room for the note that ends a cut line. */
    static final int NOTE_ROOM = 128;

    private final InputStream in;
    private final int maxLine;
    private byte[] buffer = new byte[BUFFER_SIZE];
    /** Unread bytes are buffer[next, end). */
    private int next;
    private int end;
    private boolean endOfStream;
    /** After a lone '\r' at the end of the buffer, a '\n' that follows belongs to it. */
    private boolean skipNewline;
    private int lineStart;
    private int lineLength;
    /** The current line was cut already: the note ends it. */
    private boolean cutLine;

    ByteLines(InputStream in) {
        this(in, MAX_LINE_BYTES);
    }

    ByteLines(InputStream in, int maxLine) {
        this.in = in;
        this.maxLine = maxLine;
    }

    /** Moves to the next line; false when the stream has ended. */
    boolean next() throws IOException {
        int scanned = next;
        while (true) {
            if (skipNewline && next < end) {
                skipNewline = false;
                if (buffer[next] == '\n') {
                    next++;
                    scanned = Math.max(scanned, next);
                }
            }
            for (int i = scanned; i < end; i++) {
                byte b = buffer[i];
                if (b == '\n' || b == '\r') {
                    lineStart = next;
                    lineLength = i - next;
                    if (lineLength > maxLine + NOTE_ROOM) {
                        // Whole in the buffer, but too long to pass on: the note goes over the rest.
                        lineLength = maxLine + note(next + maxLine, lineLength - maxLine);
                    }
                    next = i + 1;
                    cutLine = false;
                    if (b == '\r') {
                        if (next < end) {
                            if (buffer[next] == '\n') {
                                next++;
                            }
                        } else {
                            skipNewline = true;
                        }
                    }
                    return true;
                }
            }
            if (!cutLine && end - next > maxLine + NOTE_ROOM) {
                cutLine = true;
                scanned = cut();
                continue;
            }
            if (endOfStream) {
                if (next < end) {
                    lineStart = next;
                    lineLength = end - next;
                    next = end;
                    cutLine = false;
                    return true;
                }
                return false;
            }
            scanned = fill();
        }
    }

    /** The current line is {@code buffer()[start(), start() + length())}, valid until the next call. */
    byte[] buffer() {
        return buffer;
    }

    int start() {
        return lineStart;
    }

    int length() {
        return lineLength;
    }

    /**
     * The current line, [next, end) without an end so far, is longer than allowed: keeps its first
     * {@code maxLine} bytes at the front of the buffer, reads past the rest up to its end, and puts a
     * note in their place. Returns where scanning resumes: at the line's end, or the end of the data.
     */
    private int cut() throws IOException {
        long dropped = end - next - maxLine;
        int base = maxLine + NOTE_ROOM;
        byte[] target = buffer.length >= base + BUFFER_SIZE ? buffer : new byte[base + BUFFER_SIZE];
        System.arraycopy(buffer, next, target, 0, maxLine);
        buffer = target;
        next = 0;
        while (true) {
            int n = in.read(buffer, base, buffer.length - base);
            if (n < 0) {
                endOfStream = true;
                end = maxLine + note(maxLine, dropped);
                return end;
            }
            for (int i = base; i < base + n; i++) {
                if (buffer[i] == '\n' || buffer[i] == '\r') {
                    int at = maxLine + note(maxLine, dropped + (i - base));
                    System.arraycopy(buffer, i, buffer, at, base + n - i);
                    end = at + base + n - i;
                    return at;
                }
            }
            dropped += n;
        }
    }

    /** Writes the note of {@code dropped} bytes left out at {@code at}; returns its length (at most NOTE_ROOM). */
    private int note(int at, long dropped) {
        byte[] note = String.format(Locale.ROOT, " … (%,d more bytes of this line left out)", dropped)
                .getBytes(StandardCharsets.UTF_8);
        System.arraycopy(note, 0, buffer, at, note.length);
        return note.length;
    }

    /** Reads more, moving the unread bytes to the front first; returns where scanning resumes. */
    private int fill() throws IOException {
        int unread = end - next;
        if (next > 0) {
            // A long line made the buffer grow; give the memory back once it is done.
            byte[] target = buffer.length > BUFFER_SIZE && unread < BUFFER_SIZE / 2 ? new byte[BUFFER_SIZE] : buffer;
            System.arraycopy(buffer, next, target, 0, unread);
            buffer = target;
            next = 0;
            end = unread;
        } else if (end == buffer.length) {
            // Past the longest line kept there is no need to grow: the line is cut.
            buffer = Arrays.copyOf(buffer, Math.min(buffer.length * 2, maxLine + NOTE_ROOM + BUFFER_SIZE));
        }
        int n = in.read(buffer, end, buffer.length - end);
        if (n < 0) {
            endOfStream = true;
        } else {
            end += n;
        }
        return unread;
    }
}
