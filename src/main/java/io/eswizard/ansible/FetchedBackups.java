package io.eswizard.ansible;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.eswizard.bundle.PrivateFiles;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * Copies of database backups on this machine ({@code backup --fetch DIR}): one 0700 folder per
 * backup id in DIR, its files 0600, checked against the manifest, and only the newest kept.
 */
public final class FetchedBackups {

    private static final ObjectMapper JSON = new ObjectMapper();

    private FetchedBackups() {
    }

    /** Makes DIR and DIR/ID, closed to other users, before the copy arrives; returns DIR/ID. */
    public static Path prepare(Path dir, String id) throws IOException {
        PrivateFiles.createFolders(dir);
        Path folder = dir.resolve(BackupIds.require(id));
        if (Files.isDirectory(folder)) {
            Files.setPosixFilePermissions(folder, PrivateFiles.FOLDER_MODE);
            return folder;
        }
        return PrivateFiles.createFolder(folder);
    }

    /**
     * After the copy: every file 0600, each dump's sha256 as its manifest says, and the copies beyond
     * the newest {@code keep} removed.
     *
     * @return the copy's manifest
     * @throws IOException when the copy is incomplete or a dump differs from the manifest
     */
    public static BackupManifest finish(Path dir, String id, int keep) throws IOException {
        Path folder = dir.resolve(BackupIds.require(id));
        try (Stream<Path> files = Files.list(folder)) {
            for (Path f : files.toList()) {
                Files.setPosixFilePermissions(f, PrivateFiles.FILE_MODE);
            }
        }
        BackupManifest manifest = read(folder);
        for (BackupManifest.Dump d : manifest.databases()) {
            Path dump = folder.resolve(d.file()).normalize();
            if (!dump.getParent().equals(folder.normalize()) || !Files.isRegularFile(dump)) {
                throw new IOException(folder + ": the copy has no " + d.file());
            }
            if (!sha256(dump).equals(d.sha256())) {
                throw new IOException(dump + ": its sha256 is not the one in the manifest; the copy is damaged");
            }
        }
        for (String old : BackupIds.beyondNewest(names(dir), keep)) {
            deleteTree(dir.resolve(old));
        }
        return manifest;
    }

    /** The manifest in a backup's folder. */
    public static BackupManifest read(Path folder) throws IOException {
        Path file = folder.resolve("manifest.json");
        if (!Files.isRegularFile(file)) {
            throw new IOException(folder + ": there is no manifest.json");
        }
        try {
            return BackupManifest.of(JSON.readTree(file.toFile()));
        } catch (IllegalArgumentException | com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IOException(file + ": " + e.getMessage());
        }
    }

    static String sha256(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            byte[] buf = new byte[1 << 16];
            for (int n = in.read(buf); n > 0; n = in.read(buf)) {
                md.update(buf, 0, n);
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> names(Path dir) throws IOException {
        List<String> names = new ArrayList<>();
        try (Stream<Path> entries = Files.list(dir)) {
            entries.filter(Files::isDirectory).forEach(p -> names.add(p.getFileName().toString()));
        }
        return names;
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> all = Files.walk(root)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
