package io.eswizard.testsupport;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * The one way a test skips for something this machine lacks (a tool, root, the stock WSO2 files).
 * In CI (the environment variable {@code CI} set, and not to {@code false}) a missing prerequisite
 * fails the test, so that nothing passes there without running; elsewhere the test is skipped with
 * the reason.
 */
public final class Prerequisites {

    /** Where the stock WSO2 files are, from the checkout, unless the system property fixtures.dir names a folder. */
    public static final String FIXTURES_DEFAULT = "../shared/fixtures/wso2";

    private Prerequisites() {
    }

    /** Skips the test (fails it in CI) unless {@code present}; {@code why} says what is missing and how to get it. */
    public static void require(boolean present, String why) {
        require(present, why, inCi(System.getenv("CI")));
    }

    /** Requires a program on the PATH; {@code install} says how to get it, e.g. "sudo apt-get install -y ansible". */
    public static void requireProgram(String program, String install) {
        require(onPath(program, System.getenv().getOrDefault("PATH", "")),
                program + " is not installed (" + install + ")");
    }

    /** The folder of stock WSO2 files; skips the test (fails it in CI) when it is not there. */
    public static Path fixtures() {
        return fixtures(Path.of(System.getProperty("fixtures.dir", FIXTURES_DEFAULT)),
                inCi(System.getenv("CI")));
    }

    static Path fixtures(Path dir, boolean ci) {
        require(Files.isDirectory(dir.resolve("wso2es-2.1.0")), "the stock WSO2 files are not at "
                + dir.toAbsolutePath().normalize() + ": this test needs " + FIXTURES_DEFAULT
                + " beside the checkout, or -Dfixtures.dir=FOLDER (docs/testing.md says where it comes from)", ci);
        return dir;
    }

    static void require(boolean present, String why, boolean ci) {
        if (present) {
            return;
        }
        if (ci) {
            Assertions.fail("CI=true, so this test may not skip: " + why);
        }
        Assumptions.abort(why);
    }

    static boolean inCi(String value) {
        return value != null && !value.isBlank() && !value.equalsIgnoreCase("false");
    }

    static boolean onPath(String program, String path) {
        for (String dir : path.split(File.pathSeparator)) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, program))) {
                return true;
            }
        }
        return false;
    }
}
