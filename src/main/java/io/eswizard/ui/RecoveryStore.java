package io.eswizard.ui;

import io.eswizard.model.ClusterProject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** A copy of unsaved work, written while the project is dirty and offered on the next start. */
public final class RecoveryStore {

    private final Path file;

    public RecoveryStore(Path directory) {
        this.file = directory.resolve("unsaved-project.yaml");
    }

    /** ~/.local/share/es-cluster-wizard/recovery, or the temp folder when home is not writable. */
    public static Path defaultDirectory() {
        Path home = Path.of(System.getProperty("user.home"), ".local", "share", "es-cluster-wizard", "recovery");
        try {
            Files.createDirectories(home);
            if (Files.isWritable(home)) {
                return home;
            }
        } catch (IOException | SecurityException e) {
            // fall through to the temp folder
        }
        return Path.of(System.getProperty("java.io.tmpdir"), "es-cluster-wizard-recovery");
    }

    public void write(ClusterProject project) throws IOException {
        Files.createDirectories(file.getParent());
        CoreServices.save(file, project);
    }

    public Optional<Path> find() {
        return Files.isRegularFile(file) ? Optional.of(file) : Optional.empty();
    }

    public void discard() {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // a stale copy is only offered again; nothing to do
        }
    }
}
