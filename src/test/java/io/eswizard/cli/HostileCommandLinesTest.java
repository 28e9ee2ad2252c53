package io.eswizard.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.eswizard.model.ProjectDefaults;
import io.eswizard.project.ProjectFiles;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every hostile command line ({@link HostileCommandLines}) is refused by the real command line, in a
 * process of its own with its own environment, runtime folder, temporary folder and home: with its exit
 * code and message, no stack trace, nothing written beside its files, nothing left in those folders, and
 * ansible-playbook never started. A file that is no regular file is refused within two seconds.
 */
class HostileCommandLinesTest {

    private static final long QUICK_MS = 2000;

    private static Path root;
    private static Path runtime;
    private static Path marker;
    private static List<HostileCommandLines.Case> cases;
    private static final Map<HostileCommandLines.Case, List<String>> before = new HashMap<>();
    private static final Map<String, JsonNode> results = new HashMap<>();
    private static final StringBuilder batchOutput = new StringBuilder();

    @BeforeAll
    static void runEveryCase() throws Exception {
        root = Files.createTempDirectory("esw-hostile-cli-").toRealPath();
        runtime = Files.createDirectory(root.resolve("runtime"),
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        Path tmp = Files.createDirectory(root.resolve("tmp"));
        Path home = Files.createDirectory(root.resolve("home"));
        Path bin = Files.createDirectory(root.resolve("bin"));
        marker = root.resolve("ansible-playbook-ran");
        Path fake = bin.resolve("ansible-playbook");
        Files.writeString(fake, "#!/bin/sh\ntouch '" + marker + "'\nexit 0\n");
        Files.setPosixFilePermissions(fake, PosixFilePermissions.fromString("rwx------"));
        cases = HostileCommandLines.write(Files.createDirectory(root.resolve("cases")));
        for (HostileCommandLines.Case c : cases) {
            before.put(c, listing(c.folder()));
        }
        Map<Map<String, String>, List<HostileCommandLines.Case>> byEnvironment = cases.stream()
                .collect(Collectors.groupingBy(HostileCommandLines.Case::env, LinkedHashMap::new, Collectors.toList()));
        int batch = 0;
        for (Map.Entry<Map<String, String>, List<HostileCommandLines.Case>> group : byEnvironment.entrySet()) {
            runBatch(batch++, group.getKey(), group.getValue(), tmp, home, bin);
        }
    }

    /** One process for the cases that share an environment. */
    private static void runBatch(int number, Map<String, String> env, List<HostileCommandLines.Case> group, Path tmp,
                                 Path home, Path bin) throws Exception {
        Path lines = root.resolve("batch-" + number + ".txt");
        Path resultFile = root.resolve("batch-" + number + ".jsonl");
        List<String> text = new ArrayList<>();
        for (HostileCommandLines.Case c : group) {
            List<String> parts = new ArrayList<>(List.of(c.name()));
            parts.addAll(c.args());
            text.add(String.join(HostileCliBatch.SEPARATOR, parts));
        }
        Files.write(lines, text, StandardCharsets.UTF_8);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder pb = new ProcessBuilder(java, "-XX:-UsePerfData", "-XX:TieredStopAtLevel=1",
                "-Djava.io.tmpdir=" + tmp, "-Duser.home=" + home, "-cp", System.getProperty("java.class.path"),
                HostileCliBatch.class.getName(), lines.toString(), resultFile.toString(), runtime.toString(),
                tmp.toString(), home.toString())
                .redirectErrorStream(true).redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()));
        Map<String, String> environment = pb.environment();
        environment.keySet().removeIf(k -> k.startsWith("ESW_") || k.startsWith("ANSIBLE_"));
        environment.put("XDG_RUNTIME_DIR", runtime.toString());
        environment.put("HOME", home.toString());
        environment.put("TMPDIR", tmp.toString());
        environment.put("PATH", bin + ":" + environment.getOrDefault("PATH", "/usr/bin:/bin"));
        environment.putAll(env);
        Process p = pb.start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
        }
        batchOutput.append("batch ").append(number).append(" ").append(env).append(":\n").append(output);
        if (Files.exists(resultFile)) {
            ObjectMapper json = new ObjectMapper();
            for (String line : Files.readAllLines(resultFile, StandardCharsets.UTF_8)) {
                JsonNode r = json.readTree(line);
                results.put(r.get("name").asText(), r);
            }
        }
    }

    @AfterAll
    static void deleteEverything() throws IOException {
        try (Stream<Path> all = Files.walk(root)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    static List<HostileCommandLines.Case> corpus() {
        return cases;
    }

    private static List<String> listing(Path folder) throws IOException {
        try (Stream<Path> all = Files.walk(folder)) {
            return all.map(p -> folder.relativize(p).toString()).sorted().toList();
        }
    }

    @Test
    void everyClassHasItsCases() {
        Map<String, Long> counts = cases.stream().collect(Collectors.groupingBy(c -> c.name().replaceAll("-.*", ""),
                Collectors.counting()));
        assertTrue(counts.getOrDefault("db", 0L) + counts.getOrDefault("admin", 0L) >= 4, "passwords: " + counts);
        assertTrue(counts.getOrDefault("project", 0L) >= 6, "project files: " + counts);
        assertTrue(counts.getOrDefault("secrets", 0L) >= 4, "secrets files: " + counts);
        assertTrue(counts.getOrDefault("vault", 0L) >= 5, "vault password files: " + counts);
        assertTrue(cases.stream().filter(c -> !c.quick()).count() >= 60, "hostile values, three commands each");
        for (String kind : List.of("es-home", "is-home", "java-home", "scripts-home", "python", "issuer", "name")) {
            assertTrue(cases.stream().anyMatch(c -> c.name().startsWith(kind)), kind);
        }
        assertEquals(cases.size(), cases.stream().map(HostileCommandLines.Case::name).distinct().count());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void isRefusedWithItsMessageAndExitCodeAndLeavesNothing(HostileCommandLines.Case c) throws IOException {
        JsonNode r = results.get(c.name());
        assertNotNull(r, "no result; the batch said:\n" + batchOutput);
        String all = r.get("out").asText() + r.get("err").asText();
        assertEquals(c.exitCode(), r.get("exit").asInt(), all);
        assertTrue(all.contains(c.expected()), "says '" + c.expected() + "':\n" + all);
        assertFalse(new CliRun(0, r.get("out").asText(), r.get("err").asText()).hasStackTrace(), all);
        assertEquals(before.get(c), listing(c.folder()), "nothing written beside the case's files");
        assertEquals("[]", r.get("left").toString(), "nothing left in the runtime, temporary or home folder");
        assertFalse(Files.exists(marker), "ansible-playbook never started");
        if (c.quick()) {
            assertTrue(r.get("ms").asLong() < QUICK_MS, "refused in " + r.get("ms") + " ms");
        }
    }

    /** The sudo password is not the admin's choice: a short one is only a warning, and the run goes on. */
    @Test
    void aShortSudoPasswordIsAWarningAndTheRunGoesOn(@TempDir Path dir) throws Exception {
        Path project = dir.resolve("demo.yaml");
        ProjectFiles.save(project, ProjectDefaults.localSandbox("demo", 1, 1, dir.resolve("sandbox"), false));
        Path secrets = Files.createFile(dir.resolve("secrets.yaml"),
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        Files.writeString(secrets, "databasePassword: \"long-enough-pw\"\nbecomePassword: \"sudo\"\n");
        Path fake = Path.of(getClass().getResource("/fake-ansible/apply.sh").toURI());
        Files.setPosixFilePermissions(fake, PosixFilePermissions.fromString("rwxr-xr-x"));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = EsWizardCli.run(new PrintWriter(out), new PrintWriter(err), "run", project.toString(),
                "--secrets-file", secrets.toString(), "--ansible-playbook", fake.toString());
        assertTrue(err.toString().contains("WARNING  " + secrets + ": secrets.becomePassword (Connection "
                + ProjectArgs.printable("›").strip() + " Sudo password): The sudo password has 4 characters"),
                err.toString());
        assertEquals(4, exit, "the fake's own exit code: the run went on\n" + out + err);
    }
}
