package io.eswizard.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every hostile file (see {@link HostileCorpus}) is refused by the real command line with exit code 2,
 * one message that names the file and the expected detail, no stack trace, and no output written.
 */
class HostileProjectFilesTest {

    private static Path corpusFolder;
    private static List<HostileCorpus.Case> cases;

    @TempDir
    Path dir;

    @BeforeAll
    static void writeCorpus() throws IOException {
        corpusFolder = Files.createTempDirectory("esw-hostile-");
        cases = HostileCorpus.write(corpusFolder);
    }

    @AfterAll
    static void deleteCorpus() throws IOException {
        try (Stream<Path> files = Files.list(corpusFolder)) {
            for (Path f : files.toList()) {
                Files.delete(f);
            }
        }
        Files.delete(corpusFolder);
    }

    static List<HostileCorpus.Case> corpus() {
        return cases;
    }

    @Test
    void corpusIsLargeAndEveryKeptFileIsListed() throws IOException {
        assertTrue(cases.size() >= 45, "at least 45 hostile files: " + cases.size());
        assertEquals(cases.size(), cases.stream().map(HostileCorpus.Case::name).distinct().count(), "unique names");
        Set<String> kept;
        try (Stream<Path> files = Files.list(HostileCorpus.HOSTILE)) {
            kept = files.map(f -> f.getFileName().toString())
                    .filter(n -> !n.equals(HostileCorpus.EXPECTED) && !n.equals(HostileCorpus.CHANGES))
                    .collect(Collectors.toCollection(TreeSet::new));
        }
        assertEquals(kept, new TreeSet<>(HostileCorpus.keptFiles()));
    }

    @Test
    void theReferenceProjectReadsCleanlySoEachCaseFailsByItsOwnChange() throws IOException {
        CliRun run = CliRun.of("validate", HostileCorpus.REFERENCE.toString());
        assertEquals(EsWizardCli.OK, run.exitCode(), run.all());
        byte[] reference = Files.readAllBytes(HostileCorpus.REFERENCE);
        for (HostileCorpus.Case c : cases) {
            if (c.file().startsWith(corpusFolder)) {
                assertNotEquals(List.of(), diff(reference, Files.readAllBytes(c.file())), c.name());
            }
        }
    }

    @Test
    void changesApplyToLinesTheReferenceHasAndKeepTheRestByteForByte() {
        byte[] reference = "a: 1\nb: \"x\"\nb: \"x\"\n".getBytes(StandardCharsets.UTF_8);
        assertEquals("a: 1\nb: \"y\t\u00ff\"\nb: \"x\"\n", new String(HostileCorpus.change(reference, "replace",
                "b: \"x\"", "b: \"y\\t\\xC3\\xBF\""), StandardCharsets.UTF_8), "first occurrence, escapes");
        assertEquals("b: \"x\"\nb: \"x\"\n", new String(HostileCorpus.change(reference, "delete", "a: 1", "-"),
                StandardCharsets.UTF_8));
        assertEquals("a: 1\nc: 3\nd: 4\nb: \"x\"\nb: \"x\"\n", new String(HostileCorpus.change(reference,
                "insert-after", "a: 1", "c: 3\\nd: 4"), StandardCharsets.UTF_8));
        assertEquals("a: 1\nb: \"x\"\nb: \"x\"\n# zzz\n", new String(HostileCorpus.change(reference, "append", "-",
                "# {{3*z}}"), StandardCharsets.UTF_8));
        assertArrayEquals(new byte[] {'n', ':', ' ', (byte) 0xE9}, HostileCorpus.decode("n: \\xE9"));
        assertThrows(IllegalArgumentException.class, () -> HostileCorpus.change(reference, "replace", "c: 1", "x"));
    }

    private static void assertArrayEquals(byte[] expected, byte[] actual) {
        assertEquals(Arrays.toString(expected), Arrays.toString(actual));
    }

    /** The lines of {@code changed} that are not lines of {@code reference}, plus any removed ones. */
    private static List<String> diff(byte[] reference, byte[] changed) {
        List<String> a = Arrays.asList(new String(reference, StandardCharsets.ISO_8859_1).split("\n", -1));
        List<String> b = Arrays.asList(new String(changed, StandardCharsets.ISO_8859_1).split("\n", -1));
        List<String> out = new java.util.ArrayList<>(b.stream().filter(l -> !a.contains(l)).toList());
        a.stream().filter(l -> !b.contains(l)).forEach(out::add);
        return out;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void validateRefusesWithAClearMessage(HostileCorpus.Case c) {
        String file = c.file().toString();
        CliRun run = CliRun.of("validate", file);
        assertEquals(EsWizardCli.USAGE_OR_UNREADABLE, run.exitCode(), run.all());
        assertTrue(run.err().contains(file), "names the file: " + run.err());
        assertTrue(run.err().contains(c.expected()), "says '" + c.expected() + "': " + run.err());
        assertEquals(1, run.err().strip().lines().count(), "one message: " + run.err());
        assertFalse(run.hasStackTrace(), run.all());
        assertEquals("", run.out());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void exportWritesNothing(HostileCorpus.Case c) {
        Path out = dir.resolve("bundle");
        CliRun run = CliRun.of("export", c.file().toString(), "--out", out.toString(), "--zip");
        assertEquals(EsWizardCli.USAGE_OR_UNREADABLE, run.exitCode(), run.all());
        assertFalse(run.hasStackTrace(), run.all());
        assertFalse(Files.exists(out), "export wrote nothing");
        try (Stream<Path> left = Files.list(dir)) {
            assertEquals(0, left.count(), "no temporary files either");
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void showRefusesToo(HostileCorpus.Case c) {
        CliRun run = CliRun.of("show", c.file().toString());
        assertEquals(EsWizardCli.USAGE_OR_UNREADABLE, run.exitCode(), run.all());
        assertTrue(run.err().contains(c.expected()), run.err());
        assertFalse(run.hasStackTrace(), run.all());
    }
}
