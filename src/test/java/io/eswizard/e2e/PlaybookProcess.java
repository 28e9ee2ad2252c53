package io.eswizard.e2e;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs plain ansible-playbook in a run folder with the ansible.posix.jsonl callback and keeps
 * everything it printed. Not the app's lean callback on purpose: jsonl prints whole results, so
 * the check that the password never appears in the output covers every field of every result.
 */
final class PlaybookProcess {

    record Result(int exitCode, List<String> lines, PlaybookRecap recap) {
        String output() {
            return String.join("\n", lines);
        }
    }

    private PlaybookProcess() {
    }

    static Result run(Path runFolder, List<String> extraArgs, Path log) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("ansible-playbook", "site.yml"));
        command.addAll(extraArgs);
        ProcessBuilder pb = new ProcessBuilder(command).directory(runFolder.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile());
        pb.environment().put("ANSIBLE_CONFIG", runFolder.resolve("ansible.cfg").toString());
        pb.environment().put("ANSIBLE_STDOUT_CALLBACK", "ansible.posix.jsonl");
        pb.environment().put("ANSIBLE_NOCOLOR", "1");
        pb.environment().put("PYTHONUNBUFFERED", "1");
        Process p = pb.start();
        if (!p.waitFor(20, TimeUnit.MINUTES)) {
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly();
            throw new IllegalStateException("ansible-playbook did not finish in 20 minutes; log: " + log);
        }
        List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
        return new Result(p.exitValue(), lines, PlaybookRecap.parse(lines));
    }
}
