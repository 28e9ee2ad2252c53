package io.eswizard.bundle;

import io.eswizard.model.ClusterProject;
import io.eswizard.model.Secrets;
import io.eswizard.project.AtomicFiles;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes a self-contained playbook bundle (a folder or a .zip) that runs with
 * {@code ansible-playbook site.yml}, and the run folders the runner uses. Everything is read and
 * generated first, then written to a temporary sibling and renamed into place: a failed export
 * leaves nothing behind.
 */
public final class BundleWriter {

    /** A fixed time stamp for zip entries, so the same project gives the same zip. */
    private static final long ZIP_TIME = 315_532_800_000L;

    /**
     * @param zip           write a .zip instead of a folder
     * @param force         replace a non-empty target
     * @param secrets       passwords to seal in the bundle; null leaves them out
     * @param vaultPassword vault password for the sealed secrets; required when {@code secrets} is given
     */
    public record ExportOptions(boolean zip, boolean force, Secrets secrets, char[] vaultPassword) {

        public static ExportOptions plain(boolean zip, boolean force) {
            return new ExportOptions(zip, force, null, null);
        }
    }

    private BundleWriter() {
    }

    /** Exports the bundle to {@code target} (a folder, or a .zip file when {@code options.zip()}). */
    public static void export(ClusterProject p, Path target, ExportOptions options)
            throws IOException, BundleException {
        Path abs = target.toAbsolutePath().normalize();
        checkTarget(abs, options);
        BundleContents.SecretsPart secrets;
        if (options.secrets() != null) {
            if (options.vaultPassword() == null || options.vaultPassword().length == 0) {
                throw new BundleException("a vault password is needed to put the passwords in the bundle");
            }
            secrets = new BundleContents.Vaulted(options.secrets(), options.vaultPassword());
        } else {
            secrets = new BundleContents.ExampleOnly();
        }
        String folderName = abs.getFileName().toString().replaceFirst("(?i)\\.zip$", "");
        SortedMap<String, BundleContents.Entry> contents = BundleContents.of(p, secrets, folderName);
        Files.createDirectories(abs.getParent());
        if (options.zip()) {
            AtomicFiles.write(abs, out -> writeZip(contents, folderName, out), false);
        } else {
            replaceFolder(abs, contents);
        }
    }

    /**
     * The files a run folder for the project would hold, built in memory and not written: the
     * same generation as {@link #writeRunFolder}, for a caller that wants it done (or its code
     * compiled) before a run needs it.
     */
    public static List<String> runFolderFiles(ClusterProject p) throws IOException, BundleException {
        return List.copyOf(BundleContents.of(p, new BundleContents.NoSecrets(), "run").keySet());
    }

    /**
     * Lays out a run folder for the runner: the bundle tree without README, secrets or their
     * template (the runner passes passwords separately), every folder 0700 and every file 0600.
     * {@code dir} must be absent or empty.
     *
     * @return the private files it wrote (a provided TLS key), relative to {@code dir}: the run
     *         needs them, and whoever runs it deletes them when the run ends
     */
    public static List<String> writeRunFolder(ClusterProject p, Path dir) throws IOException, BundleException {
        Path abs = dir.toAbsolutePath().normalize();
        if (Files.exists(abs) && !isEmptyDir(abs)) {
            throw new BundleException(abs + " is not an empty folder");
        }
        SortedMap<String, BundleContents.Entry> contents =
                BundleContents.of(p, new BundleContents.NoSecrets(), abs.getFileName().toString());
        PrivateFiles.createFolders(abs);
        writePrivateTree(abs, contents);
        return contents.entrySet().stream().filter(e -> e.getValue().privateFile()).map(Map.Entry::getKey).toList();
    }

    private static void checkTarget(Path abs, ExportOptions options) throws BundleException, IOException {
        if (abs.getParent() == null) {
            throw new BundleException("cannot export to the root folder; name a folder for the bundle");
        }
        if (!Files.exists(abs) || options.force()) {
            if (Files.exists(abs) && options.zip() == Files.isDirectory(abs)) {
                throw new BundleException(abs + " is " + (options.zip() ? "a folder" : "a file")
                        + "; choose another --out");
            }
            return;
        }
        if (options.zip()) {
            throw new BundleException(abs + " already exists; use --force to replace it");
        }
        if (!Files.isDirectory(abs)) {
            throw new BundleException(abs + " is a file; choose a folder for --out");
        }
        if (!isEmptyDir(abs)) {
            throw new BundleException(abs + " is not empty; choose a new folder or use --force to replace it");
        }
    }

    private static boolean isEmptyDir(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return false;
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.findAny().isEmpty();
        }
    }

    /** Builds the tree in a temporary sibling, then swaps it in. */
    private static void replaceFolder(Path target, SortedMap<String, BundleContents.Entry> contents)
            throws IOException {
        Path parent = target.getParent();
        Path temp = Files.createTempDirectory(parent, "." + target.getFileName() + ".new-");
        Path old = null;
        try {
            writeTree(temp, contents);
            if (Files.exists(target)) {
                old = Files.createTempDirectory(parent, "." + target.getFileName() + ".old-");
                Files.delete(old);
                Files.move(target, old);
            }
            Files.move(temp, target, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            if (old != null && !Files.exists(target)) {
                Files.move(old, target);
                old = null;
            }
            throw e;
        } finally {
            deleteTree(temp);
            if (old != null) {
                deleteTree(old);
            }
        }
    }

    private static void writeTree(Path root, SortedMap<String, BundleContents.Entry> contents) throws IOException {
        for (Map.Entry<String, BundleContents.Entry> e : contents.entrySet()) {
            Path file = root.resolve(e.getKey());
            Files.createDirectories(file.getParent());
            if (e.getValue().privateFile()) {
                PrivateFiles.createFile(file);
            }
            Files.write(file, e.getValue().bytes());
        }
    }

    /** A run folder's tree: only its owner may read the inventory, the variables and the key. */
    private static void writePrivateTree(Path root, SortedMap<String, BundleContents.Entry> contents)
            throws IOException {
        for (Map.Entry<String, BundleContents.Entry> e : contents.entrySet()) {
            Path file = root.resolve(e.getKey());
            PrivateFiles.createFolders(file.getParent());
            PrivateFiles.write(file, e.getValue().bytes());
        }
    }

    private static void writeZip(SortedMap<String, BundleContents.Entry> contents, String folderName,
                                 OutputStream out) throws IOException {
        ZipOutputStream zip = new ZipOutputStream(out);
        for (Map.Entry<String, BundleContents.Entry> e : contents.entrySet()) {
            ZipEntry entry = new ZipEntry(folderName + "/" + e.getKey());
            entry.setTime(ZIP_TIME);
            zip.putNextEntry(entry);
            zip.write(e.getValue().bytes());
            zip.closeEntry();
        }
        zip.finish();
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : (Iterable<Path>) walk.sorted(Comparator.reverseOrder())::iterator) {
                Files.delete(p);
            }
        }
    }
}
