package io.eswizard.generate;

import java.util.Collections;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The text files generated for one project, keyed by their path relative to the run folder or
 * bundle root (forward slashes), in a stable order.
 */
public record GeneratedFiles(SortedMap<String, String> files) {

    public GeneratedFiles {
        files = Collections.unmodifiableSortedMap(new TreeMap<>(files));
    }

    public String get(String relativePath) {
        return files.get(relativePath);
    }
}
