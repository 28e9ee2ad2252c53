package io.eswizard.project;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Reads a file the user names (project, secrets, vault password) only when it is a regular file,
 * and never more than a limit: a device, a pipe or a folder, directly or through a symbolic link,
 * is refused before it is opened, so reading it can neither hang nor exhaust memory.
 */
public final class RegularFiles {

    private RegularFiles() {
    }

    /** Why a file was not read: the end of a sentence that starts with the file's name. */
    public static final class NotReadable extends Exception {
        private static final long serialVersionUID = 1L;
        private final boolean missing;

        NotReadable(String problem) {
            this(problem, false);
        }

        private NotReadable(String problem, boolean missing) {
            super(problem, null, false, false);
            this.missing = missing;
        }

        /** Nothing is there under that name. */
        public boolean missing() {
            return missing;
        }
    }

    /**
     * The file's bytes, or a refusal when it is no regular file or has more than {@code maxBytes}.
     *
     * @param what the kind of file in messages, e.g. "a project file"
     */
    public static byte[] read(Path file, int maxBytes, String what) throws NotReadable {
        Path real;
        try {
            real = file.toRealPath();
        } catch (NoSuchFileException e) {
            throw new NotReadable("no such file", true);
        } catch (IOException e) {
            throw new NotReadable("cannot be read: " + e.getMessage());
        }
        Optional<String> why = whyNotRegular(file, real, what);
        if (why.isPresent()) {
            throw new NotReadable(why.get());
        }
        byte[] bytes;
        try (InputStream in = Files.newInputStream(real, LinkOption.NOFOLLOW_LINKS)) {
            // one byte past the limit tells a file at the limit from a larger one, without reading the rest
            bytes = in.readNBytes(maxBytes + 1);
        } catch (IOException e) {
            throw new NotReadable("cannot be read: " + e.getMessage());
        }
        if (bytes.length > maxBytes) {
            throw new NotReadable("is more than " + maxBytes + " bytes; " + what + " is at most " + maxBytes
                    + " bytes, so this is not one");
        }
        return bytes;
    }

    /** Why {@code named}, which is {@code real} once links are resolved, is not a regular file; empty when it is. */
    private static Optional<String> whyNotRegular(Path named, Path real, String what) {
        if (Files.isRegularFile(real, LinkOption.NOFOLLOW_LINKS)) {
            return Optional.empty();
        }
        String link = named.toAbsolutePath().normalize().equals(real) ? "" : " (a link to " + real + ")";
        if (Files.isDirectory(real, LinkOption.NOFOLLOW_LINKS)) {
            return Optional.of("is a folder" + link + ", not " + what + "; give the file itself");
        }
        return Optional.of("is not a regular file" + link + " but a device, a pipe or a socket, so it is not "
                + what + "; give a file saved on disk");
    }
}
