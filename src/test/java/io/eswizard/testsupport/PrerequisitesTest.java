package io.eswizard.testsupport;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

class PrerequisitesTest {

    /** A way for a test to skip other than through Prerequisites. */
    private static final Pattern OTHER_SKIP = Pattern.compile(
            "\\bAssumptions\\b|\\bassume(True|False|ingThat)\\b|@(Disabled|Enabled)\\w*|\\bTestAbortedException\\b");

    @TempDir
    Path dir;

    @Test
    void aMissingPrerequisiteFailsInCi() {
        AssertionFailedError e = assertThrows(AssertionFailedError.class,
                () -> Prerequisites.require(false, "frobnicate is not installed", true));
        assertTrue(e.getMessage().contains("frobnicate is not installed"), e.getMessage());
        assertTrue(e.getMessage().contains("CI=true"), e.getMessage());
    }

    @Test
    void aMissingPrerequisiteSkipsOutsideCi() {
        TestAbortedException e = assertThrows(TestAbortedException.class,
                () -> Prerequisites.require(false, "frobnicate is not installed", false));
        assertTrue(e.getMessage().contains("frobnicate is not installed"), e.getMessage());
    }

    @Test
    void aPresentPrerequisiteNeitherFailsNorSkips() {
        assertDoesNotThrow(() -> Prerequisites.require(true, "unused", true));
        assertDoesNotThrow(() -> Prerequisites.require(true, "unused", false));
    }

    @Test
    void ciMeansTheVariableIsSetAndNotFalse() {
        assertTrue(Prerequisites.inCi("true"));
        assertTrue(Prerequisites.inCi("1"));
        assertFalse(Prerequisites.inCi(null));
        assertFalse(Prerequisites.inCi(""));
        assertFalse(Prerequisites.inCi("false"));
    }

    @Test
    void missingFixturesNameTheSharedFolderInBothModes() {
        Path absent = dir.resolve("no-fixtures");
        TestAbortedException skipped = assertThrows(TestAbortedException.class,
                () -> Prerequisites.fixtures(absent, false));
        AssertionFailedError failed = assertThrows(AssertionFailedError.class,
                () -> Prerequisites.fixtures(absent, true));
        for (String message : List.of(skipped.getMessage(), failed.getMessage())) {
            assertTrue(message.contains("../shared/fixtures/wso2"), message);
            assertTrue(message.contains(absent.toString()), message);
        }
    }

    @Test
    void aFixturesFolderWithTheEsFilesIsReturned() throws IOException {
        Files.createDirectories(dir.resolve("wso2es-2.1.0"));
        assertEquals(dir, Prerequisites.fixtures(dir, true));
    }

    @Test
    void aProgramCountsOnlyWhenAnExecutableOfThatNameIsOnThePath() throws IOException {
        Path bin = Files.createDirectories(dir.resolve("bin"));
        Files.createFile(bin.resolve("tool"), PosixFilePermissions.asFileAttribute(
                PosixFilePermissions.fromString("rwx------")));
        Files.createFile(bin.resolve("plain"));
        String path = dir.resolve("elsewhere") + java.io.File.pathSeparator + bin;
        assertTrue(Prerequisites.onPath("tool", path));
        assertFalse(Prerequisites.onPath("plain", path), "not executable");
        assertFalse(Prerequisites.onPath("absent", path));
        assertFalse(Prerequisites.onPath("tool", ""));
    }

    /** Every skip in the test tree goes through Prerequisites, so that CI turns each into a failure. */
    @Test
    void noTestSkipsAnyOtherWay() throws IOException {
        Path tree = Path.of("src/test/java");
        List<String> offenders = new ArrayList<>();
        int scanned = 0;
        boolean helperSeen = false;
        try (Stream<Path> files = Files.walk(tree)) {
            for (Path f : (Iterable<Path>) files.filter(p -> p.toString().endsWith(".java"))::iterator) {
                scanned++;
                String name = f.getFileName().toString();
                boolean skips = OTHER_SKIP.matcher(Files.readString(f)).find();
                if (name.equals("Prerequisites.java")) {
                    helperSeen = skips;
                } else if (skips && !name.equals("PrerequisitesTest.java")) {
                    offenders.add(tree.relativize(f).toString());
                }
            }
        }
        assertTrue(scanned > 100, "scanned only " + scanned + " files under " + tree.toAbsolutePath());
        assertTrue(helperSeen, "the pattern must find the helper's own skip, or it finds nothing");
        assertEquals(List.of(), offenders, "skip through io.eswizard.testsupport.Prerequisites instead");
    }
}
