package io.eswizard.ansible;

import io.eswizard.bundle.PrivateFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributes;
import java.util.Map;

/**
 * The per-user folder where a run's secrets live while the run lasts: the passwords' vars file
 * and the list of private files its run folder holds. {@code $XDG_RUNTIME_DIR/es-cluster-wizard}
 * (a memory file system emptied at logout on most desktops), otherwise
 * {@code ${XDG_CACHE_HOME:-~/.cache}/es-cluster-wizard/run}. It is created 0700 before anything
 * goes in, and refused when it is a link or someone else's.
 */
final class RuntimeFolder {

    static final String NAME = "es-cluster-wizard";

    private RuntimeFolder() {
    }

    /** Where the folder is for this environment and home folder. */
    static Path location(Map<String, String> env, Path home) {
        Path runtime = absolute(env.get("XDG_RUNTIME_DIR"));
        if (runtime != null) {
            return runtime.resolve(NAME);
        }
        Path cache = absolute(env.get("XDG_CACHE_HOME"));
        return (cache != null ? cache : home.resolve(".cache")).resolve(NAME).resolve("run");
    }

    /** This user's folder, created 0700 when absent. */
    static Path ready() throws IOException {
        return ready(location(System.getenv(), Path.of(System.getProperty("user.home"))));
    }

    /** The folder, created 0700 when absent; an existing one of this user is set back to 0700. */
    static Path ready(Path dir) throws IOException {
        try {
            PrivateFiles.createFolders(dir);
        } catch (java.nio.file.FileAlreadyExistsException e) {
            // A link or a file where the folder goes: refused below.
        }
        PosixFileAttributes attrs;
        try {
            attrs = Files.readAttributes(dir, PosixFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (UnsupportedOperationException e) {
            return dir;
        }
        if (!attrs.isDirectory()) {
            throw new IOException("The secrets folder " + dir + " is not a folder (a link or a file); remove it "
                    + "and start again.");
        }
        String me = System.getProperty("user.name");
        if (!attrs.owner().getName().equals(me)) {
            throw new IOException("The secrets folder " + dir + " belongs to " + attrs.owner().getName()
                    + ", not to " + me + "; remove it, or set XDG_RUNTIME_DIR to a folder of your own.");
        }
        if (!attrs.permissions().equals(PrivateFiles.FOLDER_MODE)) {
            Files.setPosixFilePermissions(dir, PrivateFiles.FOLDER_MODE);
        }
        return dir;
    }

    private static Path absolute(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            Path p = Path.of(value);
            return p.isAbsolute() ? p : null;
        } catch (java.nio.file.InvalidPathException e) {
            return null;
        }
    }
}
