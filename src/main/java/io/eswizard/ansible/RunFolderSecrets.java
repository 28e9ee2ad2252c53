package io.eswizard.ansible;

import io.eswizard.bundle.PrivateFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;

/**
 * The private files (a provided TLS key) a run folder holds only while its run lasts. While they
 * are there, a list of them waits in the {@link RuntimeFolder} ({@code keys-PID-START-N.txt}, one
 * absolute path a line), so that a later start can remove them when the app died before it could
 * ({@link LeftoverSecrets}).
 */
final class RunFolderSecrets implements AutoCloseable {

    static final String KIND = "keys";

    private final List<Path> files;
    private final Path list;

    private RunFolderSecrets(List<Path> files, Path list) {
        this.files = files;
        this.list = list;
    }

    /** Records the request's private files in the runtime folder; nothing is written when it has none. */
    static RunFolderSecrets record(RunRequest request) throws IOException {
        List<Path> files = request.privateFiles().stream()
                .map(f -> request.runFolder().resolve(f).toAbsolutePath().normalize()).toList();
        if (files.isEmpty()) {
            return new RunFolderSecrets(files, null);
        }
        Path secretsFolder = RuntimeFolder.ready();
        StaleRunFolderKeys.remove(request.runFolder(), request.privateFiles(), secretsFolder);
        return new RunFolderSecrets(files, writeList(secretsFolder, files));
    }

    static Path writeList(Path folder, List<Path> files) throws IOException {
        StringBuilder text = new StringBuilder();
        for (Path f : files) {
            if (f.toString().contains("\n")) {
                throw new IOException("The run folder " + f.getParent() + " has a line break in its path; move "
                        + "the project to a folder whose path has none.");
            }
            text.append(f).append('\n');
        }
        Path list = Files.createTempFile(folder, RunOwner.current().prefix(KIND), ".txt",
                PosixFilePermissions.asFileAttribute(PrivateFiles.FILE_MODE));
        try {
            Files.writeString(list, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            Files.deleteIfExists(list);
            throw e;
        }
        return list;
    }

    /** The private files, and their list: what must go when the run ends. */
    List<Path> paths() {
        List<Path> all = new ArrayList<>(files);
        if (list != null) {
            all.add(list);
        }
        return all;
    }

    /** Deletes the private files, then their list. */
    @Override
    public void close() {
        paths().forEach(RunFolderSecrets::delete);
    }

    /** Deletes a request's private files when no record of them could be made. */
    static void remove(RunRequest request) {
        request.privateFiles().forEach(f -> delete(request.runFolder().resolve(f)));
    }

    static void delete(Path path) {
        try {
            Files.deleteIfExists(path);
        } catch (IOException e) {
            // Last resort: the JVM tries again on exit.
            path.toFile().deleteOnExit();
        }
    }
}
