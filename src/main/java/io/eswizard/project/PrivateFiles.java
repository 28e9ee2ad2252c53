package io.eswizard.project;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Set;

/**
 * Files that hold a secret the admin wrote (the secrets file, a vault password file): they must be the
 * owner's alone (mode 600 or stricter: no permission for the group or others) and regular files of at
 * most {@link ProjectFiles#MAX_FILE_BYTES}.
 */
public final class PrivateFiles {

    private PrivateFiles() {
    }

    /**
     * The file's bytes.
     *
     * @param what the kind of file in messages, e.g. "secrets file"
     * @throws RegularFiles.NotReadable with the end of a sentence that starts with the file's name
     */
    public static byte[] read(Path file, String what) throws RegularFiles.NotReadable {
        String name = file.toString();
        Set<PosixFilePermission> perms;
        try {
            perms = Files.getPosixFilePermissions(file);
        } catch (NoSuchFileException e) {
            throw new RegularFiles.NotReadable("no such " + what);
        } catch (UnsupportedOperationException e) {
            perms = Set.of(); // not a POSIX file system: nothing to check
        } catch (IOException e) {
            throw new RegularFiles.NotReadable("cannot be read: " + e.getMessage());
        }
        if (perms.stream().anyMatch(p -> p.name().startsWith("GROUP_") || p.name().startsWith("OTHERS_"))) {
            throw new RegularFiles.NotReadable("other users can read this " + what + " (mode "
                    + mode(perms) + "); run 'chmod 600 " + name + "' first");
        }
        return RegularFiles.read(file, ProjectFiles.MAX_FILE_BYTES, "a " + what);
    }

    private static String mode(Set<PosixFilePermission> perms) {
        int bits = 0;
        for (PosixFilePermission p : perms) {
            bits |= 1 << (8 - p.ordinal());
        }
        return String.format("%03o", bits);
    }
}
