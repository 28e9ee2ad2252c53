package io.eswizard.ansible;

import io.eswizard.bundle.PrivateFiles;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;

/** A started playbook run: its model, its files, and the means to wait for or cancel it. */
public final class PlaybookRun {

    /** How long Ansible gets to stop on SIGTERM before it is killed. */
    static final long CANCEL_GRACE_MILLIS = 3_000;
    static final int LAST_LINES_KEPT = 40;
    private static final long FLUSH_EVERY_NANOS = 500_000_000L;

    private final Process process;
    private final RunRequest request;
    private final SecretsVarsFile secrets;
    private final RunFolderSecrets keys;
    private final RunListener listener;
    private final RunModel model;
    private final SecretScrubber scrubber;
    private final EventParser parser = new EventParser();
    private final AtomicBoolean cancelled = new AtomicBoolean();
    private final CompletableFuture<RunSummary> finished = new CompletableFuture<>();
    private final Deque<String> lastLines = new ArrayDeque<>();
    private final Instant started = Instant.now();
    private final Thread shutdownHook;

    private PlaybookRun(Process process, RunRequest request, SecretsVarsFile secrets, RunFolderSecrets keys,
                        RunListener listener) {
        this.process = process;
        this.request = request;
        this.secrets = secrets;
        this.keys = keys;
        this.listener = listener;
        this.model = new RunModel(request.tasksPlanned());
        model.expectHosts(request.expectedHosts());
        this.scrubber = new SecretScrubber(request.secretValues());
        // An app that exits mid-run (SIGTERM, Ctrl-C, the window closed) stops Ansible and removes the
        // passwords and keys itself; after a harder death the supervisor does (ChildSupervisor).
        this.shutdownHook = new Thread(() -> {
            ProcessTree.destroy(process, 1_000);
            removeSecrets();
        }, "esw-run-shutdown");
    }

    static PlaybookRun begin(Process process, RunRequest request, List<String> command, SecretsVarsFile secrets,
                             RunFolderSecrets keys, RunListener listener) {
        PlaybookRun run = new PlaybookRun(process, request, secrets, keys, listener);
        Runtime.getRuntime().addShutdownHook(run.shutdownHook);
        Thread reader = new Thread(() -> run.readToEnd(command), "esw-run-reader-" + process.pid());
        reader.setDaemon(true);
        reader.start();
        return run;
    }

    public RunModel model() {
        return model;
    }

    public Path runFolder() {
        return request.runFolder();
    }

    public Path logFile() {
        return request.runFolder().resolve(RunSummary.LOG_FILE);
    }

    public Path eventsFile() {
        return request.runFolder().resolve(RunSummary.EVENTS_FILE);
    }

    public ProcessHandle process() {
        return process.toHandle();
    }

    public boolean isCancelled() {
        return cancelled.get();
    }

    /** Stops the whole process tree; returns at once, the run then finishes as cancelled. */
    public void cancel() {
        if (cancelled.compareAndSet(false, true)) {
            Thread t = new Thread(() -> ProcessTree.destroy(process, CANCEL_GRACE_MILLIS), "esw-run-cancel");
            t.setDaemon(true);
            t.start();
        }
    }

    /** Waits for the end of the run. */
    public RunSummary await() {
        return finished.join();
    }

    public CompletableFuture<RunSummary> completion() {
        return finished;
    }

    private void readToEnd(List<String> command) {
        RunSummary summary = null;
        String problem = "";
        try (OutputStream log = new BufferedOutputStream(PrivateFiles.newOutputStream(logFile()), 1 << 16);
             OutputStream events = new BufferedOutputStream(PrivateFiles.newOutputStream(eventsFile()), 1 << 16)) {
            // The command holds no secret: they are in the vars file, whose path alone is harmless.
            writeLine(log, "# " + started + " " + String.join(" ", command));
            pump(new ByteLines(process.getInputStream()), log, events);
        } catch (IOException | UncheckedIOException e) {
            // The pipe closes when the process is killed; anything else is worth a line in the summary.
            if (!cancelled.get()) {
                problem = "Reading the output failed: " + e.getMessage();
            }
        } catch (RuntimeException e) {
            problem = "The run stopped unexpectedly: " + e;
            ProcessTree.destroy(process, CANCEL_GRACE_MILLIS);
        } finally {
            int exit = waitForExit();
            removeSecrets();
            removeShutdownHook();
            model.finish();
            summary = summarise(exit, problem);
            try {
                summary.writeTo(request.runFolder());
            } catch (IOException e) {
                // The run itself is over; the summary is a convenience for the history list.
            }
            try {
                listener.onFinished(summary);
            } finally {
                finished.complete(summary);
            }
        }
    }

    private void pump(ByteLines lines, OutputStream log, OutputStream events) throws IOException {
        long lastFlush = System.nanoTime();
        while (lines.next()) {
            byte[] line = lines.buffer();
            int start = lines.start();
            int length = lines.length();
            if (scrubber.appearsIn(line, start, length)) {
                line = scrubber.scrub(new String(line, start, length, StandardCharsets.UTF_8))
                        .getBytes(StandardCharsets.UTF_8);
                start = 0;
                length = line.length;
            }
            List<RunEvent> parsed = parser.parse(line, start, length);
            if (parsed.isEmpty() || !(parsed.get(0) instanceof RunEvent.RawLine)) {
                events.write(line, start, length);
                events.write('\n');
            }
            // Indexed loops: a flood's lines are mostly one-element lists, not worth an iterator each.
            for (int e = 0; e < parsed.size(); e++) {
                RunEvent event = parsed.get(e);
                model.apply(event);
                listener.onEvent(event, model);
                List<String> text = LineRenderer.render(event);
                for (int l = 0; l < text.size(); l++) {
                    show(log, text.get(l));
                }
                String notice = model.takeLimitNotice();
                if (!notice.isEmpty()) {
                    show(log, notice);
                }
            }
            long now = System.nanoTime();
            if (now - lastFlush > FLUSH_EVERY_NANOS) {
                // Keeps the files useful if the app itself dies mid-run.
                log.flush();
                events.flush();
                lastFlush = now;
            }
        }
    }

    private void show(OutputStream log, String rendered) throws IOException {
        writeLine(log, rendered);
        String shown = LineRenderer.forScreen(rendered);
        remember(shown);
        listener.onLine(shown);
    }

    /** Encoding a whole string at once is much cheaper than a Writer's char-by-char path. */
    private static void writeLine(OutputStream out, String text) throws IOException {
        out.write(text.getBytes(StandardCharsets.UTF_8));
        out.write('\n');
    }

    private void remember(String line) {
        if (lastLines.size() == LAST_LINES_KEPT) {
            lastLines.removeFirst();
        }
        lastLines.addLast(line);
    }

    private int waitForExit() {
        try {
            return process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            ProcessTree.destroy(process, CANCEL_GRACE_MILLIS);
            return -1;
        }
    }

    private RunSummary summarise(int exit, String problem) {
        RunSummary.Outcome outcome = cancelled.get() ? RunSummary.Outcome.CANCELLED
                : exit == 0 && problem.isEmpty() ? RunSummary.Outcome.SUCCEEDED : RunSummary.Outcome.FAILED;
        String message;
        if (outcome == RunSummary.Outcome.CANCELLED) {
            message = "Cancelled; the hosts may be half configured. Run again to finish.";
        } else if (!problem.isEmpty()) {
            message = problem;
        } else {
            message = RunSummary.explainExitCode(exit);
            if (exit != 0 && model.recap().isEmpty()) {
                message += " It stopped before the recap; see the last lines.";
            }
        }
        return new RunSummary(started.toString(), Instant.now().toString(), request.mode(), request.limit(), exit,
                cancelled.get(), outcome, model.recap(), model.tasksStarted(), new ArrayList<>(lastLines), message,
                request.playbook());
    }

    /** The passwords' vars file and the run folder's private files go once Ansible has ended. */
    private void removeSecrets() {
        if (secrets != null) {
            secrets.close();
        }
        keys.close();
    }

    private void removeShutdownHook() {
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException e) {
            // The JVM is already shutting down; the hook runs anyway.
        }
    }
}
