package io.eswizard.ansible;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The environment of every Ansible command the app starts (and so of everything those start):
 * the app's own environment without what is meant for the app, without Ansible's debugging
 * switches, and with the settings the app's output reading needs.
 *
 * <ul>
 *   <li>Every {@code ESW_*} variable goes: {@code ESW_DB_PASSWORD} and the other passwords reach a
 *       run only through its secrets vars file. So do {@code ESWIZARD_*}, the events callback's
 *       options, which the app sets itself where it wants them.</li>
 *   <li>{@code ANSIBLE_DEBUG} and {@code ANSIBLE_KEEP_REMOTE_FILES} go: they write module arguments,
 *       passwords included, to the screen or leave them in files on the machines.</li>
 *   <li>{@code ANSIBLE_LOG_PATH} goes too: a value left in a shell profile would copy every run's
 *       output to a file nobody looks after. An admin who wants Ansible's own log asks for it on
 *       purpose with {@value #LOG_PATH_REQUEST}, whose value becomes the child's
 *       {@code ANSIBLE_LOG_PATH}.</li>
 * </ul>
 */
final class ChildEnvironment {

    /** The app's variable that asks for Ansible's own log file (ANSIBLE_LOG_PATH) on purpose. */
    static final String LOG_PATH_REQUEST = "ESW_ANSIBLE_LOG_PATH";
    static final List<String> APP_PREFIXES = List.of("ESW_", "ESWIZARD_");
    static final List<String> DEBUGGING_SWITCHES = List.of("ANSIBLE_DEBUG", "ANSIBLE_KEEP_REMOTE_FILES",
            "ANSIBLE_LOG_PATH");

    private ChildEnvironment() {
    }

    /**
     * Turns {@code env}, a copy of the app's environment (a ProcessBuilder's), into the child's.
     *
     * @param runFolder the folder the command runs in; its ansible.cfg, when there is one, is used
     */
    static void prepare(Map<String, String> env, Path runFolder) {
        String logPath = env.get(LOG_PATH_REQUEST);
        env.keySet().removeIf(name -> APP_PREFIXES.stream().anyMatch(name::startsWith));
        DEBUGGING_SWITCHES.forEach(env::remove);
        if (logPath != null && !logPath.isBlank()) {
            env.put("ANSIBLE_LOG_PATH", logPath);
        }
        env.put("PYTHONUNBUFFERED", "1");
        env.put("ANSIBLE_STDOUT_CALLBACK", PlaybookRunner.EVENTS_CALLBACK);
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
