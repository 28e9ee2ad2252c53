package io.eswizard.ui.pages.run;

import io.eswizard.ansible.RunSummary;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ObservableList;

/**
 * What the Run page shows of any work: the log lines on screen, the status line, and whether
 * something is going on. Runs and the preflight write here; the log can be saved from here.
 */
final class RunConsole {

    /** Lines kept on screen; the full log is in the run folder. */
    static final int SCREEN_LINES = 50_000;

    private final RunContext context;
    private final ScreenLog log = new ScreenLog(SCREEN_LINES);
    private final StringProperty status = new SimpleStringProperty("Ready.");
    private final BooleanProperty busy = new SimpleBooleanProperty(false);

    RunConsole(RunContext context) {
        this.context = context;
    }

    ObservableList<String> log() {
        return log;
    }

    StringProperty status() {
        return status;
    }

    BooleanProperty busy() {
        return busy;
    }

    /** Adds lines at the end; the oldest leave the screen beyond {@link #SCREEN_LINES} (the log file keeps them). */
    void append(List<String> lines) {
        log.append(lines);
    }

    void clear() {
        log.clear();
    }

    /**
     * Saves the log to {@code target} off the UI thread: the full log of {@code runFolder} when there is
     * one (the screen may hold only its last lines), else the lines on screen.
     */
    void save(Path target, Path runFolder) {
        List<String> onScreen = List.copyOf(log);
        context.background().execute(() -> {
            try {
                Path full = runFolder == null ? null : runFolder.resolve(RunSummary.LOG_FILE);
                if (full != null && Files.isRegularFile(full)) {
                    Files.copy(full, target, StandardCopyOption.REPLACE_EXISTING);
                } else {
                    Files.write(target, onScreen);
                }
                context.uiThread().accept(() -> status.set("Log saved to " + target));
            } catch (IOException e) {
                context.uiThread().accept(() -> status.set("Could not save the log: " + e.getMessage()));
            }
        });
    }
}
