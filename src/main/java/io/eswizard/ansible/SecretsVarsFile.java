package io.eswizard.ansible;

import io.eswizard.bundle.PrivateFiles;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * The passwords for one run, in a vars file passed as {@code -e @path}. It lives in the
 * {@link RuntimeFolder}, named {@code secrets-PID-START-N.yml} after the app process that owns it
 * (so that a later start can tell it is left over, see {@link LeftoverSecrets}), is created with
 * mode 0600 before anything is written, and is deleted on close; the command's supervisor deletes
 * it too when the app dies first ({@link ChildSupervisor}).
 */
final class SecretsVarsFile implements AutoCloseable {

    static final String KIND = "secrets";

    private final Path path;

    private SecretsVarsFile(Path path) {
        this.path = path;
    }

    static SecretsVarsFile create(String content) throws IOException {
        return create(RuntimeFolder.ready(), content);
    }

    static SecretsVarsFile create(Path folder, String content) throws IOException {
        Path p = Files.createTempFile(folder, RunOwner.current().prefix(KIND), ".yml",
                PosixFilePermissions.asFileAttribute(PrivateFiles.FILE_MODE));
        try (Writer w = Files.newBufferedWriter(p, StandardCharsets.UTF_8, StandardOpenOption.TRUNCATE_EXISTING)) {
            w.write(content);
        } catch (IOException e) {
            Files.deleteIfExists(p);
            throw e;
        }
        return new SecretsVarsFile(p);
    }

    Path path() {
        return path;
    }

    @Override
    public void close() {
        try {
            Files.deleteIfExists(path);
        } catch (IOException e) {
            // Last resort: the JVM tries again on exit, and the next start removes it.
            path.toFile().deleteOnExit();
        }
    }
}
