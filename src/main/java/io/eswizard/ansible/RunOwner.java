package io.eswizard.ansible;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The app process that owns a file of the runtime folder, named in the file's name as
 * {@code KIND-PID-START-...}: the start time (epoch milliseconds, 0 when the system does not tell)
 * tells the owner apart from a later process that happens to get the same pid.
 */
record RunOwner(long pid, long startMillis) {

    private static final Pattern NAME = Pattern.compile("[a-z]+-(\\d{1,19})-(\\d{1,19})-.*");

    static RunOwner current() {
        return of(ProcessHandle.current()).orElseThrow();
    }

    static Optional<RunOwner> of(ProcessHandle process) {
        if (!process.isAlive()) {
            return Optional.empty();
        }
        long start = process.info().startInstant().map(java.time.Instant::toEpochMilli).orElse(0L);
        return Optional.of(new RunOwner(process.pid(), start));
    }

    /** The owner a runtime-folder file name records, if it records one. */
    static Optional<RunOwner> fromFileName(String name) {
        Matcher m = NAME.matcher(name);
        if (!m.matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new RunOwner(Long.parseLong(m.group(1)), Long.parseLong(m.group(2))));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** The start of a file name that records this owner: {@code KIND-PID-START-}. */
    String prefix(String kind) {
        return kind + "-" + pid + "-" + startMillis + "-";
    }

    /** Whether this very process still runs (a process with the pid but another start time does not count). */
    boolean isAlive() {
        Optional<RunOwner> now = ProcessHandle.of(pid).flatMap(RunOwner::of);
        return now.isPresent() && (startMillis == 0 || now.get().startMillis == 0
                || now.get().startMillis == startMillis);
    }
}
