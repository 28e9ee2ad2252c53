package io.eswizard.ansible;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * What runs of an app process that no longer exists left in the {@link RuntimeFolder}: their
 * passwords' vars files, the private files their run folders held (through the lists
 * {@link RunFolderSecrets} keeps), and their staging folders ({@link StagingFolder}). The command line and the wizard remove them when they start;
 * files of a process that still runs (this one, or another window) stay.
 */
public final class LeftoverSecrets {

    private LeftoverSecrets() {
    }

    /** Removes this user's leftovers; a missing or unusable runtime folder leaves nothing to do. */
    public static void remove() {
        try {
            Path folder = RuntimeFolder.location(System.getenv(), Path.of(System.getProperty("user.home")));
            if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
                return;
            }
            remove(RuntimeFolder.ready(folder));
        } catch (IOException | RuntimeException e) {
            // The next run reports an unusable runtime folder when it needs it.
        }
    }

    /** Removes the leftovers in {@code folder} and returns the files it removed. */
    static List<Path> remove(Path folder) throws IOException {
        List<Path> removed = new ArrayList<>();
        List<Path> entries;
        try (Stream<Path> s = Files.list(folder)) {
            entries = s.toList();
        }
        for (Path entry : entries) {
            Optional<RunOwner> owner = RunOwner.fromFileName(entry.getFileName().toString());
            if (owner.isEmpty() || owner.get().isAlive()) {
                continue;
            }
            if (entry.getFileName().toString().startsWith(StagingFolder.KIND + "-")
                    && Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS)) {
                try {
                    StagingFolder.delete(entry);
                    removed.add(entry);
                } catch (IOException e) {
                    // Busy or unreadable: the next start tries again.
                }
                continue;
            }
            if (!Files.isRegularFile(entry, LinkOption.NOFOLLOW_LINKS)) {
                continue;
            }
            try {
                removeEntry(entry, removed);
            } catch (IOException e) {
                // Unreadable or busy: the next start tries again.
            }
        }
        return removed;
    }

    private static void removeEntry(Path entry, List<Path> removed) throws IOException {
        if (entry.getFileName().toString().startsWith(RunFolderSecrets.KIND + "-")) {
            for (Path listed : listedFiles(entry)) {
                if (Files.isRegularFile(listed, LinkOption.NOFOLLOW_LINKS) && Files.deleteIfExists(listed)) {
                    removed.add(listed);
                }
            }
        }
        if (Files.deleteIfExists(entry)) {
            removed.add(entry);
        }
    }

    private static List<Path> listedFiles(Path list) throws IOException {
        List<Path> files = new ArrayList<>();
        for (String line : Files.readAllLines(list, StandardCharsets.UTF_8)) {
            try {
                Path p = Path.of(line);
                if (p.isAbsolute()) {
                    files.add(p);
                }
            } catch (java.nio.file.InvalidPathException e) {
                // Not a path this app wrote.
            }
        }
        return files;
    }
}
