package io.eswizard.ansible;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs ansible-playbook as a child process (an argument list, never a shell command line) in a run
 * folder, under a {@link ChildSupervisor}, and streams its JSON events into a {@link RunModel}.
 * Passwords go only through a 0600 vars file in the {@link RuntimeFolder} ({@code -e @file}); the
 * log, the event file and the summary are written into the run folder, each 0600.
 */
public final class PlaybookRunner {

    /**
     * The stdout callback that prints one compact JSON object per event: the app's own plugin,
     * shipped in the playbook's {@code callback_plugins/} folder next to site.yml, where
     * ansible-playbook finds it without configuration.
     */
    public static final String EVENTS_CALLBACK = "eswizard_events";
    /** Folder of the run folder (and bundle) that holds {@link #EVENTS_CALLBACK}. */
    public static final String CALLBACK_FOLDER = "callback_plugins";

    private final AnsibleTools tools;

    public PlaybookRunner(AnsibleTools tools) {
        this.tools = tools;
    }

    public PlaybookRunner() {
        this(AnsibleTools.onPath());
    }

    /** Starts the run and returns at once; the listener hears about it on the reader thread. */
    public PlaybookRun start(RunRequest request, RunListener listener) throws AnsibleNotFoundException, IOException {
        Path executable = tools.requirePlaybook();
        if (!Files.isDirectory(request.runFolder())) {
            throw new IOException("The run folder " + request.runFolder() + " does not exist.");
        }
        SecretsVarsFile secrets = null;
        RunFolderSecrets keys = null;
        try {
            secrets = request.secretsContent().isEmpty() ? null : SecretsVarsFile.create(request.secretsContent());
            keys = RunFolderSecrets.record(request);
            List<String> command = command(executable, request, secrets == null ? null : secrets.path());
            List<Path> transientFiles = new ArrayList<>(keys.paths());
            if (secrets != null) {
                transientFiles.add(secrets.path());
            }
            Process process = ChildSupervisor.processBuilder(command, request.runFolder(), transientFiles).start();
            return PlaybookRun.begin(process, request, command, secrets, keys, listener);
        } catch (IOException | RuntimeException e) {
            if (secrets != null) {
                secrets.close();
            }
            if (keys != null) {
                keys.close();
            } else {
                RunFolderSecrets.remove(request);
            }
            throw e;
        }
    }

    /** Runs to the end on the calling thread's behalf and returns the summary. */
    public RunSummary run(RunRequest request, RunListener listener) throws AnsibleNotFoundException, IOException {
        return start(request, listener).await();
    }

    static List<String> command(Path executable, RunRequest request, Path secretsFile) {
        List<String> args = new ArrayList<>();
        args.add(executable.toString());
        args.add("-i");
        args.add(request.inventory());
        args.add(request.playbook());
        if (request.mode() == RunMode.CHECK) {
            args.add("--check");
            args.add("--diff");
        }
        if (!request.limit().isEmpty()) {
            args.add("--limit");
            args.add(String.join(",", request.limit()));
        }
        if (secretsFile != null) {
            args.add("-e");
            args.add("@" + secretsFile);
        }
        return args;
    }
}
