package io.eswizard.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Runs command lines of {@link HostileCommandLines} one after the other in this process, which the test
 * starts with an environment of their own: for each, its exit code, output, time taken, and what is then
 * in the watched folders (the runtime folder, the temporary folder, the home), as JSON lines.
 *
 * <p>Arguments: the file of command lines (one per line: name, then the arguments, separated by U+001F),
 * the results file, then the folders to watch.
 */
public final class HostileCliBatch {

    static final String SEPARATOR = "\u001F";

    private HostileCliBatch() {
    }

    public static void main(String[] args) throws IOException {
        List<Path> watched = Arrays.stream(args).skip(2).map(Path::of).toList();
        ObjectMapper json = new ObjectMapper();
        // loads the command line's classes, so that each case's time is its own
        EsWizardCli.run(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()), "validate",
                HostileCorpus.REFERENCE.toAbsolutePath().toString());
        List<String> results = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of(args[0]), StandardCharsets.UTF_8)) {
            String[] parts = line.split(SEPARATOR);
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            long start = System.nanoTime();
            int exit = EsWizardCli.run(new PrintWriter(out), new PrintWriter(err),
                    Arrays.copyOfRange(parts, 1, parts.length));
            long ms = (System.nanoTime() - start) / 1_000_000;
            Map<String, Object> result = new LinkedHashMap<>();
            result.put("name", parts[0]);
            result.put("exit", exit);
            result.put("out", out.toString());
            result.put("err", err.toString());
            result.put("ms", ms);
            result.put("left", contents(watched));
            results.add(json.writeValueAsString(result));
            Files.write(Path.of(args[1]), results, StandardCharsets.UTF_8);
        }
    }

    private static List<String> contents(List<Path> folders) throws IOException {
        List<String> found = new ArrayList<>();
        for (Path folder : folders) {
            try (Stream<Path> all = Files.walk(folder)) {
                all.filter(p -> !p.equals(folder)).forEach(p -> found.add(p.toString()));
            }
        }
        return found;
    }
}
