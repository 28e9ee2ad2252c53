package io.eswizard.bundle;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The playbook the app ships under the class-path folder /ansible (target/classes/ansible in a
 * build, the jar's ansible/ folder when installed), read the same way in both cases.
 */
public final class BundledPlaybook {

    static final String RESOURCE_ROOT = "/ansible";

    private BundledPlaybook() {
    }

    /** Every file of the playbook, keyed by its path relative to /ansible (forward slashes). */
    public static SortedMap<String, byte[]> files() throws IOException {
        URL url = BundledPlaybook.class.getResource(RESOURCE_ROOT);
        if (url == null) {
            throw new IOException("the bundled playbook (/ansible) is missing from the class path; rebuild the app");
        }
        URI uri;
        try {
            uri = url.toURI();
        } catch (URISyntaxException e) {
            throw new IOException("cannot read the bundled playbook at " + url, e);
        }
        if ("jar".equals(uri.getScheme())) {
            FileSystem fs;
            boolean opened = false;
            try {
                fs = FileSystems.newFileSystem(uri, Map.of());
                opened = true;
            } catch (FileSystemAlreadyExistsException e) {
                fs = FileSystems.getFileSystem(uri);
            }
            try {
                return readTree(fs.getPath(RESOURCE_ROOT));
            } finally {
                if (opened) {
                    fs.close();
                }
            }
        }
        return readTree(Path.of(uri));
    }

    private static SortedMap<String, byte[]> readTree(Path root) throws IOException {
        SortedMap<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : (Iterable<Path>) walk.filter(Files::isRegularFile)::iterator) {
                String relative = root.relativize(p).toString().replace('\\', '/');
                files.put(relative, Files.readAllBytes(p));
            }
        }
        return files;
    }
}
