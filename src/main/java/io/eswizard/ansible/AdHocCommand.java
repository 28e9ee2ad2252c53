package io.eswizard.ansible;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Runs a short Ansible command (version, ad-hoc module) to the end and collects its output. */
final class AdHocCommand {

    /** The callback's extra_fields option (see ansible/callback_plugins/eswizard_events.py). */
    static final String EXTRA_FIELDS_ENV = "ESWIZARD_EVENTS_EXTRA_FIELDS";

    /** Output of one command: the raw text, and for ad-hoc modules each host's last result event. */
    record Output(int exitCode, String text, Map<String, HostOutcome> hosts) {
    }

    /** One host's result of an ad-hoc module. */
    record HostOutcome(ResultStatus status, JsonNode result) {
    }

    private AdHocCommand() {
    }

    static Output run(List<String> command, Path dir, long timeoutSeconds) throws IOException {
        return run(command, dir, timeoutSeconds, List.of());
    }

    /** @param filesToRemove files the command's secrets are in; they go when it ends or the app dies */
    static Output run(List<String> command, Path dir, long timeoutSeconds, List<Path> filesToRemove)
            throws IOException {
        ProcessBuilder pb = ChildSupervisor.processBuilder(command, dir, filesToRemove);
        adHocEnvironment(pb.environment(), dir);
        Process p = pb.start();
        // Read on another thread so that the timeout also holds when the output never ends.
        var reader = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
            try (InputStream in = p.getInputStream()) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                return "";
            }
        });
        try {
            if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                ProcessTree.destroy(p, 2_000);
                throw new IOException(String.join(" ", command.subList(0, Math.min(3, command.size())))
                        + " did not finish within " + timeoutSeconds + " s");
            }
            String text = reader.get(10, TimeUnit.SECONDS);
            return new Output(p.exitValue(), text, hostOutcomes(text));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            ProcessTree.destroy(p, 2_000);
            throw new IOException("interrupted");
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            throw new IOException("could not read the output of " + command.get(0), e);
        }
    }

    /**
     * The ad-hoc command has no playbook next to the callback folder, so it is named explicitly
     * (ahead of any the user set); the checks read msg, stdout and facts, which the callback drops by default.
     */
    static void adHocEnvironment(Map<String, String> env, Path dir) {
        Path plugins = dir.resolve(PlaybookRunner.CALLBACK_FOLDER).toAbsolutePath();
        if (Files.isDirectory(plugins)) {
            String user = env.get("ANSIBLE_CALLBACK_PLUGINS");
            env.put("ANSIBLE_CALLBACK_PLUGINS", user == null || user.isBlank() ? plugins.toString()
                    : plugins + File.pathSeparator + user);
        }
        env.put(EXTRA_FIELDS_ENV, "msg,stdout,ansible_facts");
    }

    private static Map<String, HostOutcome> hostOutcomes(String text) {
        Map<String, HostOutcome> hosts = new LinkedHashMap<>();
        EventParser parser = new EventParser();
        for (String line : text.split("\n")) {
            JsonNode event = EventParser.readEvent(line);
            if (event == null) {
                continue;
            }
            for (RunEvent e : parser.parse(line)) {
                if (e instanceof RunEvent.HostResult hr) {
                    hosts.put(hr.result().host(),
                            new HostOutcome(hr.result().status(), event.path("hosts").path(hr.result().host())));
                }
            }
        }
        return hosts;
    }

    static List<String> adHoc(Path executable, String inventory, List<String> limit, String module, String args) {
        List<String> c = new ArrayList<>(List.of(executable.toString(), "all", "-i", inventory, "-m", module));
        if (!args.isEmpty()) {
            c.add("-a");
            c.add(args);
        }
        if (!limit.isEmpty()) {
            c.add("--limit");
            c.add(String.join(",", limit));
        }
        return c;
    }
}
