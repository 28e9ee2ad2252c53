package io.eswizard.standin;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/** repository/logs/wso2carbon.log in Carbon's layout; Hazelcast's own log records go there too. */
final class CarbonLog {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss,SSS");

    private final Path file;

    CarbonLog(Path home) throws IOException {
        this.file = Files.createDirectories(home.resolve("repository/logs")).resolve("wso2carbon.log");
    }

    void info(String category, String message) {
        write("INFO", category, message);
    }

    void warn(String category, String message) {
        write("WARN", category, message);
    }

    void error(String category, String message) {
        write("ERROR", category, message);
    }

    synchronized void write(String level, String category, String message) {
        String line = String.format("TID: [-1234] [] [%s] %5s {%s} -  %s {%s}%n",
                LocalDateTime.now().format(STAMP), level, category, message, category);
        try {
            Files.writeString(file, line, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            System.err.println("cannot write " + file + ": " + e.getMessage());
        }
    }

    /** Sends java.util.logging (Hazelcast's "jdk" logging type) to this log, INFO and above. */
    void takeJavaLogging() {
        LogManager.getLogManager().reset();
        Logger root = Logger.getLogger("");
        root.setLevel(Level.INFO);
        root.addHandler(new Handler() {
            @Override
            public void publish(LogRecord r) {
                if (r.getLevel().intValue() < Level.INFO.intValue()) {
                    return;
                }
                String level = r.getLevel().intValue() >= Level.SEVERE.intValue() ? "ERROR"
                        : r.getLevel().intValue() >= Level.WARNING.intValue() ? "WARN" : "INFO";
                String message = r.getMessage();
                if (r.getThrown() != null) {
                    message = message + " " + r.getThrown();
                }
                write(level, r.getLoggerName(), message);
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        });
    }
}
