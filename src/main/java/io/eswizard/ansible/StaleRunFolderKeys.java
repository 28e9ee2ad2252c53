package io.eswizard.ansible;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Private files (a provided TLS key) that earlier runs of a project left in their run folders: a
 * run cut off while its secrets folder was wiped (a reboot) leaves no list that {@link LeftoverSecrets}
 * could follow. Before a run records its own, the same files in the other run folders beside it go,
 * unless the list of a run that still goes on names them.
 */
final class StaleRunFolderKeys {

    private StaleRunFolderKeys() {
    }

    /**
     * Removes {@code relativeNames} from the run folders beside {@code runFolder} (never from it) that
     * no live run lists in {@code secretsFolder}.
     */
    static List<Path> remove(Path runFolder, List<String> relativeNames, Path secretsFolder) throws IOException {
        Path own = runFolder.toAbsolutePath().normalize();
        Path runsRoot = own.getParent();
        List<Path> removed = new ArrayList<>();
        if (runsRoot == null || relativeNames.isEmpty() || !Files.isDirectory(runsRoot, LinkOption.NOFOLLOW_LINKS)) {
            return removed;
        }
        Set<Path> inUse = listedByLiveRuns(secretsFolder);
        List<Path> runFolders;
        try (Stream<Path> s = Files.list(runsRoot)) {
            runFolders = s.map(p -> p.toAbsolutePath().normalize())
                    .filter(p -> !p.equals(own) && Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)).toList();
        }
        for (Path folder : runFolders) {
            for (String name : relativeNames) {
                Path file = folder.resolve(name).normalize();
                if (file.startsWith(folder) && !inUse.contains(file)
                        && Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS) && Files.deleteIfExists(file)) {
                    removed.add(file);
                }
            }
        }
        return removed;
    }

    private static Set<Path> listedByLiveRuns(Path secretsFolder) throws IOException {
        Set<Path> listed = new HashSet<>();
        if (!Files.isDirectory(secretsFolder, LinkOption.NOFOLLOW_LINKS)) {
            return listed;
        }
        List<Path> lists;
        try (Stream<Path> s = Files.list(secretsFolder)) {
            lists = s.filter(p -> p.getFileName().toString().startsWith(RunFolderSecrets.KIND + "-")).toList();
        }
        for (Path list : lists) {
            Optional<RunOwner> owner = RunOwner.fromFileName(list.getFileName().toString());
            if (owner.isPresent() && owner.get().isAlive()) {
                for (String line : Files.readAllLines(list, StandardCharsets.UTF_8)) {
                    try {
                        listed.add(Path.of(line).toAbsolutePath().normalize());
                    } catch (InvalidPathException e) {
                        // Not a path this app wrote.
                    }
                }
            }
        }
        return listed;
    }
}
