package io.eswizard.ansible;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * The passwords for one run, in a temporary vars file passed as {@code -e @path}. Created with
 * mode 0600 before anything is written (no window where others could read it) and deleted on close.
 */
final class SecretsVarsFile implements AutoCloseable {

    private final Path path;

    private SecretsVarsFile(Path path) {
        this.path = path;
    }

    static SecretsVarsFile create(String content) throws IOException {
        Path p = Files.createTempFile("esw-secrets-", ".yml",
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
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
            // Last resort: the JVM tries again on exit.
            path.toFile().deleteOnExit();
        }
    }
}
