package io.eswizard.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every file under src/test/resources/hostile is refused by the real command line with exit code 2,
 * one message that names the file and the expected detail (EXPECTED.tsv), no stack trace, and no
 * output written.
 */
class HostileProjectFilesTest {

    static final Path HOSTILE = Path.of("src/test/resources/hostile");

    @TempDir
    Path dir;

    static Stream<Arguments> corpus() throws IOException {
        return Files.readAllLines(HOSTILE.resolve("EXPECTED.tsv"), StandardCharsets.UTF_8).stream()
                .filter(l -> !l.isBlank())
                .map(l -> l.split("\t", 2))
                .map(parts -> Arguments.of(parts[0], parts[1]));
    }

    @Test
    void corpusIsLargeAndEveryFileIsListed() throws IOException {
        long listed = corpus().count();
        try (Stream<Path> files = Files.list(HOSTILE)) {
            assertEquals(files.filter(f -> !f.getFileName().toString().equals("EXPECTED.tsv")).count(), listed);
        }
        assertTrue(listed >= 30, "at least 30 hostile files");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void validateRefusesWithAClearMessage(String name, String expected) {
        String file = HOSTILE.resolve(name).toString();
        CliRun run = CliRun.of("validate", file);
        assertEquals(EsWizardCli.USAGE_OR_UNREADABLE, run.exitCode(), run.all());
        assertTrue(run.err().contains(file), "names the file: " + run.err());
        assertTrue(run.err().contains(expected), "says '" + expected + "': " + run.err());
        assertEquals(1, run.err().strip().lines().count(), "one message: " + run.err());
        assertFalse(run.hasStackTrace(), run.all());
        assertEquals("", run.out());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void exportWritesNothing(String name, String expected) {
        Path out = dir.resolve("bundle");
        CliRun run = CliRun.of("export", HOSTILE.resolve(name).toString(), "--out", out.toString(), "--zip");
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
    void showRefusesToo(String name, String expected) {
        CliRun run = CliRun.of("show", HOSTILE.resolve(name).toString());
        assertEquals(EsWizardCli.USAGE_OR_UNREADABLE, run.exitCode(), run.all());
        assertTrue(run.err().contains(expected), run.err());
        assertFalse(run.hasStackTrace(), run.all());
    }
}
