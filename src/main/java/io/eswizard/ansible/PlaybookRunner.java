package io.eswizard.ansible;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Runs ansible-playbook as a child process (an argument list, never a shell) in a run folder and
 * streams its JSON events into a {@link RunModel}. Passwords go only through a 0600 temp vars
 * file ({@code -e @file}); the log, the event file and the summary are written into the run folder.
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
        SecretsVarsFile secrets = request.secretsContent().isEmpty() ? null
                : SecretsVarsFile.create(request.secretsContent());
        try {
            List<String> command = command(executable, request, secrets == null ? null : secrets.path());
            ProcessBuilder pb = new ProcessBuilder(command)
                    .directory(request.runFolder().toFile())
                    // One stream keeps warnings next to the task that caused them; Ansible writes
                    // both from its main process, line by line.
                    .redirectErrorStream(true)
                    // No terminal: a password prompt (ssh, sudo) must fail instead of waiting forever.
                    .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
            environment(pb.environment(), request.runFolder());
            Process process = pb.start();
            return PlaybookRun.begin(process, request, command, secrets, listener);
        } catch (IOException | RuntimeException e) {
            if (secrets != null) {
                secrets.close();
            }
            RunFolderSecrets.remove(request);
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

    /** The environment every Ansible command of the app runs with (also used by the preflight). */
    static void environment(Map<String, String> env, Path runFolder) {
        env.put("PYTHONUNBUFFERED", "1");
        env.put("ANSIBLE_STDOUT_CALLBACK", EVENTS_CALLBACK);
        // Ad-hoc commands (preflight) only use the stdout callback when asked to.
        env.put("ANSIBLE_LOAD_CALLBACK_PLUGINS", "1");
        env.put("ANSIBLE_FORCE_COLOR", "0");
        env.put("ANSIBLE_NOCOLOR", "1");
        env.put("ANSIBLE_RETRY_FILES_ENABLED", "0");
        Path cfg = runFolder.resolve("ansible.cfg").toAbsolutePath();
        if (Files.isRegularFile(cfg)) {
            env.put("ANSIBLE_CONFIG", cfg.toString());
        } else {
            env.remove("ANSIBLE_CONFIG");
        }
        if (!env.containsKey("LC_ALL") && !env.containsKey("LANG")) {
            // Ansible refuses to start without a UTF-8 locale.
            env.put("LANG", "C.UTF-8");
        }
    }
}
