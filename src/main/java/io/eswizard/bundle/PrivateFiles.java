package io.eswizard.bundle;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.file.Files;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Folders (0700) and files (0600) only their owner can read: run folders and everything in them,
 * and the runtime folder of the secrets. The mode is given when the file or folder is created, so
 * there is no moment at which others could open it. On a file system without POSIX modes they are
 * created as the file system allows.
 */
public final class PrivateFiles {

    public static final Set<PosixFilePermission> FOLDER_MODE = PosixFilePermissions.fromString("rwx------");
    public static final Set<PosixFilePermission> FILE_MODE = PosixFilePermissions.fromString("rw-------");
    private static final FileAttribute<Set<PosixFilePermission>> FOLDER = PosixFilePermissions.asFileAttribute(FOLDER_MODE);
    private static final FileAttribute<Set<PosixFilePermission>> FILE = PosixFilePermissions.asFileAttribute(FILE_MODE);
    private static final Set<OpenOption> CREATE_OR_TRUNCATE = Set.of(StandardOpenOption.CREATE,
            StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE);

    private PrivateFiles() {
    }

    /** Creates the folder and any missing parents, each 0700; an existing folder keeps its mode. */
    public static Path createFolders(Path dir) throws IOException {
        try {
            return Files.createDirectories(dir, FOLDER);
        } catch (UnsupportedOperationException e) {
            return Files.createDirectories(dir);
        }
    }

    /** Creates one new folder, 0700; fails when it exists. */
    public static Path createFolder(Path dir) throws IOException {
        try {
            return Files.createDirectory(dir, FOLDER);
        } catch (UnsupportedOperationException e) {
            return Files.createDirectory(dir);
        }
    }

    /** Creates one new empty file, 0600; fails when it exists. */
    public static Path createFile(Path file) throws IOException {
        try {
            return Files.createFile(file, FILE);
        } catch (UnsupportedOperationException e) {
            return Files.createFile(file);
        }
    }

    /** A stream that writes the file from its start: created 0600 when absent, truncated when present. */
    public static OutputStream newOutputStream(Path file) throws IOException {
        try {
            return Channels.newOutputStream(Files.newByteChannel(file, CREATE_OR_TRUNCATE, FILE));
        } catch (UnsupportedOperationException e) {
            return Files.newOutputStream(file);
        }
    }

    public static void write(Path file, byte[] bytes) throws IOException {
        try (OutputStream out = newOutputStream(file)) {
            out.write(bytes);
        }
    }

    public static void writeString(Path file, String text) throws IOException {
        write(file, text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
}
