package io.eswizard.ansible;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Splits a byte stream into lines without decoding it, so JSON events reach the parser and the
 * events file as the bytes Ansible wrote; decoding to text and back cost more than the rest of the
 * reader together with the app's client compiler. Ends a line at {@code \n}, {@code \r\n} or a lone
 * {@code \r}, as {@link java.io.BufferedReader#readLine()} does; a last line without an end counts.
 * A line may be any length: the buffer grows to hold it.
 */
final class ByteLines {

    static final int BUFFER_SIZE = 1 << 16;

    private final InputStream in;
    private byte[] buffer = new byte[BUFFER_SIZE];
    /** Unread bytes are buffer[next, end). */
    private int next;
    private int end;
    private boolean endOfStream;
    /** After a lone '\r' at the end of the buffer, a '\n' that follows belongs to it. */
    private boolean skipNewline;
    private int lineStart;
    private int lineLength;

    ByteLines(InputStream in) {
        this.in = in;
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
                    next = i + 1;
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
            if (endOfStream) {
                if (next < end) {
                    lineStart = next;
                    lineLength = end - next;
                    next = end;
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
            buffer = Arrays.copyOf(buffer, buffer.length * 2);
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
