package io.eswizard.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.prefs.Preferences;

/** The last opened or saved project files, newest first, kept in java.util.prefs. */
public final class RecentProjects {

    static final int MAX = 8;
    private static final String KEY = "recent.";

    private final Preferences prefs;

    public RecentProjects(Preferences prefs) {
        this.prefs = prefs;
    }

    /** Files that still exist. */
    public List<Path> list() {
        List<Path> paths = new ArrayList<>();
        for (int i = 0; i < MAX; i++) {
            String value = prefs.get(KEY + i, null);
            if (value != null && Files.isRegularFile(Path.of(value))) {
                paths.add(Path.of(value));
            }
        }
        return paths;
    }

    public void add(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        List<Path> paths = new ArrayList<>(list());
        paths.remove(absolute);
        paths.add(0, absolute);
        for (int i = 0; i < MAX; i++) {
            if (i < paths.size()) {
                prefs.put(KEY + i, paths.get(i).toString());
            } else {
                prefs.remove(KEY + i);
            }
        }
    }
}
