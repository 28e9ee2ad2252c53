package io.eswizard.project;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Only regular files are read, never past the limit; devices, pipes and folders are refused unopened. */
class RegularFilesTest {

    private static final Duration QUICK = Duration.ofSeconds(2);

    @TempDir
    Path dir;

    private Path fifo(String name) throws Exception {
        Path f = dir.resolve(name);
        assertEquals(0, new ProcessBuilder("mkfifo", f.toString()).inheritIO().start().waitFor());
        return f;
    }

    private String refusal(Path file, int max) {
        return assertTimeoutPreemptively(QUICK, () -> assertThrows(RegularFiles.NotReadable.class,
                () -> RegularFiles.read(file, max, "a project file")).getMessage());
    }

    @Test
    void aFileUpToTheLimitIsReadAndOneByteMoreIsRefused() throws Exception {
        Path f = Files.write(dir.resolve("f"), new byte[10]);
        assertEquals(10, RegularFiles.read(f, 10, "a project file").length);
        assertTrue(refusal(f, 9).contains("is more than 9 bytes; a project file is at most 9 bytes"));
    }

    @Test
    void devicesPipesAndFoldersAreRefusedWithoutReadingThem() throws Exception {
        Path zero = Files.createSymbolicLink(dir.resolve("zero.yaml"), Path.of("/dev/zero"));
        assertTrue(refusal(zero, 1 << 20).contains("is not a regular file (a link to /dev/zero) but a device"));
        assertTrue(refusal(Path.of("/dev/urandom"), 1 << 20).startsWith("is not a regular file but a device"));
        Path pipe = fifo("pipe.yaml");
        assertTrue(refusal(pipe, 1 << 20).contains("a pipe"), "a pipe with no writer would block an open");
        Path linkToPipe = Files.createSymbolicLink(dir.resolve("p.yaml"), pipe);
        assertTrue(refusal(linkToPipe, 1 << 20).contains("(a link to " + pipe.toRealPath() + ")"));
        assertTrue(refusal(dir, 1 << 20).startsWith("is a folder, not a project file"));
        RegularFiles.NotReadable missing = assertThrows(RegularFiles.NotReadable.class,
                () -> RegularFiles.read(dir.resolve("gone"), 10, "a project file"));
        assertTrue(missing.missing());
    }

    @Test
    void aPrivateFileMustBeTheOwnersAloneAndRegular() throws Exception {
        Path f = Files.writeString(dir.resolve("vp"), "secret");
        Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("rw-r-----"));
        assertTrue(assertThrows(RegularFiles.NotReadable.class, () -> PrivateFiles.read(f, "vault password file"))
                .getMessage().contains("other users can read this vault password file (mode 640); run 'chmod 600 "));
        Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("rw-------"));
        assertEquals("secret", new String(PrivateFiles.read(f, "vault password file")));
        Path pipe = fifo("s.yml");
        Files.setPosixFilePermissions(pipe, PosixFilePermissions.fromString("rw-------"));
        assertTrue(assertTimeoutPreemptively(QUICK, () -> assertThrows(RegularFiles.NotReadable.class,
                () -> PrivateFiles.read(pipe, "secrets file"))).getMessage().contains("so it is not a secrets file"));
    }

    @Test
    void aSecretsFileThatIsAPipeIsRefusedQuickly() throws Exception {
        Path pipe = fifo("secrets.yml");
        Files.setPosixFilePermissions(pipe, PosixFilePermissions.fromString("rw-------"));
        SecretsSource.SecretsException e = assertTimeoutPreemptively(QUICK, () -> assertThrows(
                SecretsSource.SecretsException.class, () -> SecretsSource.fromFile(pipe)));
        assertTrue(e.getMessage().startsWith(pipe + ": is not a regular file"), e.getMessage());
    }
}
