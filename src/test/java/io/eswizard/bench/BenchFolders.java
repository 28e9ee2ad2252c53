package io.eswizard.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;

/** Scratch folders of the benchmarks: a 1M-line run leaves hundreds of MB, so each is removed after. */
final class BenchFolders {

    private BenchFolders() {
    }

    /** A new temporary folder, removed when the JVM exits (also when the benchmark fails). */
    static Path scratch(String prefix) throws IOException {
        Path folder = Files.createTempDirectory(prefix);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(folder), "bench-cleanup"));
        return folder;
    }

    static void delete(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (var paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
