package io.eswizard.diagnose;

import io.eswizard.bundle.PrivateFiles;
import io.eswizard.ansible.StagingFolder;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Where the bundle is written: a ZIP file (a name ending in .zip) or a folder. Entries go to a
 * hidden sibling first; {@link #commit} puts it in place in one step and never replaces anything,
 * {@link #abort} removes it: there is never a half-written bundle under the asked name.
 */
abstract sealed class BundleSink implements AutoCloseable {

    final Path target;
    final Path partial;
    private boolean committed;

    private BundleSink(Path target, Path partial) {
        this.target = target;
        this.partial = partial;
    }

    /**
     * Checks the target and makes its sibling; a target that exists, or whose folder does not, is
     * refused with a message that says so.
     */
    static BundleSink open(Path out) throws IOException {
        Path target;
        try {
            target = check(out);
        } catch (IllegalArgumentException e) {
            throw new IOException(Files.exists(out, LinkOption.NOFOLLOW_LINKS) ? appeared(out) : e.getMessage());
        }
        Path partial = target.resolveSibling("." + target.getFileName() + ".partial-" + UUID.randomUUID());
        return isZip(target) ? new Zip(target, partial) : new Folder(target, partial);
    }

    /** The target as an absolute path, or an IllegalArgumentException naming what is wrong with it. */
    static Path check(Path out) {
        Path target = out.toAbsolutePath().normalize();
        if (target.getFileName() == null) {
            throw new IllegalArgumentException("--out " + out + " names no file or folder.");
        }
        if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            throw new IllegalArgumentException(target + " already exists; name a new ZIP file or folder (a bundle "
                    + "never replaces anything).");
        }
        Path parent = target.getParent();
        if (!Files.isDirectory(parent)) {
            throw new IllegalArgumentException("The folder " + parent + " does not exist; create it or choose "
                    + "another place for the bundle.");
        }
        if (!Files.isWritable(parent)) {
            throw new IllegalArgumentException("The folder " + parent + " cannot be written to; choose another "
                    + "place for the bundle.");
        }
        return target;
    }

    private static String appeared(Path target) {
        return target.toAbsolutePath().normalize() + " appeared while the bundle was made; it is left as it is";
    }

    static boolean isZip(Path target) {
        return target.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".zip");
    }

    /** Adds one file; {@code name} is relative, with forward slashes. */
    abstract void put(String name, byte[] data) throws IOException;

    /** Puts the bundle in place under its name. */
    final void commit() throws IOException {
        finish();
        if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            throw new FileAlreadyExistsException(appeared(target));
        }
        Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
        committed = true;
    }

    abstract void finish() throws IOException;

    /** Removes what was written, unless it was committed. */
    @Override
    public final void close() throws IOException {
        if (!committed) {
            try {
                finish();
            } catch (IOException e) {
                // Removed below all the same.
            }
            StagingFolder.delete(partial);
        }
    }

    private static final class Zip extends BundleSink {
        private final ZipOutputStream zip;
        private boolean finished;

        Zip(Path target, Path partial) throws IOException {
            super(target, partial);
            OutputStream out = PrivateFiles.newOutputStream(partial);
            this.zip = new ZipOutputStream(out);
        }

        @Override
        void put(String name, byte[] data) throws IOException {
            zip.putNextEntry(new ZipEntry(name));
            zip.write(data);
            zip.closeEntry();
        }

        @Override
        void finish() throws IOException {
            if (!finished) {
                finished = true;
                zip.close();
            }
        }
    }

    private static final class Folder extends BundleSink {
        Folder(Path target, Path partial) throws IOException {
            super(target, partial);
            PrivateFiles.createFolder(partial);
        }

        @Override
        void put(String name, byte[] data) throws IOException {
            Path file = partial.resolve(name).normalize();
            if (!file.startsWith(partial)) {
                throw new IOException("an entry outside the bundle: " + name);
            }
            PrivateFiles.createFolders(file.getParent());
            PrivateFiles.write(file, data);
        }

        @Override
        void finish() {
            // Every file is written as it comes.
        }
    }
}
