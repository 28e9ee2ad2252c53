package io.eswizard.ansible;

import io.eswizard.bundle.PrivateFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * A private folder (0700) in the {@link RuntimeFolder} for what a run brings from the machines
 * before it is masked, e.g. the diagnostics' zips. Named after the owning process
 * ({@code staging-PID-START-...}), so that a later start removes it when the app died first
 * ({@link LeftoverSecrets}).
 */
public final class StagingFolder {

    static final String KIND = "staging";

    private StagingFolder() {
    }

    /** A new, empty staging folder of this process. */
    public static Path create() throws IOException {
        return create(RuntimeFolder.ready());
    }

    static Path create(Path runtimeFolder) throws IOException {
        return Files.createTempDirectory(runtimeFolder, RunOwner.current().prefix(KIND),
                PosixFilePermissions.asFileAttribute(PrivateFiles.FOLDER_MODE));
    }

    /** Deletes the folder and everything in it; links are removed, never followed. */
    public static void delete(Path folder) throws IOException {
        if (!Files.exists(folder, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> all = Files.walk(folder)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
