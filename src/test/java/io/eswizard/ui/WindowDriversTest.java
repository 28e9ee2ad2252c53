package io.eswizard.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;
import javafx.stage.Stage;
import javafx.util.Duration;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The window driver the system properties name: made, found on a path of its own, or refused clearly. */
class WindowDriversTest {

    @TempDir
    Path temp;

    /** A driver that does nothing. */
    public static final class Idle implements WindowDriver {
        @Override
        public void drive(Stage stage, MainWindow window) {
        }
    }

    /** Not makeable: no public no-argument constructor. */
    public static final class NeedsArgument implements WindowDriver {
        public NeedsArgument(String argument) {
        }

        @Override
        public void drive(Stage stage, MainWindow window) {
        }
    }

    private static Properties naming(String driver, String path) {
        Properties p = new Properties();
        p.setProperty(WindowDrivers.DRIVER, driver);
        if (path != null) {
            p.setProperty(WindowDrivers.PATH, path);
        }
        return p;
    }

    @Test
    void noDriverUnlessOneIsNamed() {
        assertEquals(Optional.empty(), WindowDrivers.named(new Properties()));
        assertEquals(Optional.empty(), WindowDrivers.named(naming(" ", null)));
    }

    @Test
    void theNamedClassIsMade() {
        Optional<WindowDriver> driver = WindowDrivers.named(naming(Idle.class.getName(), null));
        assertInstanceOf(Idle.class, driver.orElseThrow());
    }

    @Test
    void aDriverOpensTheWindowWithoutTheRecoveryOfferUnlessItSaysOtherwise() {
        WizardOptions standard = new WizardOptions(null, temp, null, true, Duration.seconds(30));
        WizardOptions driven = new Idle().options(standard);
        assertFalse(driven.offerRecovery());
        assertEquals(standard.recoveryDir(), driven.recoveryDir());
        assertEquals(standard.recoveryInterval(), driven.recoveryInterval());
    }

    @Test
    void aClassFromTheDriverPathIsFoundThere() throws Exception {
        Path source = Files.createDirectories(temp.resolve("src/probe")).resolve("PathDriver.java");
        Files.writeString(source, "package probe;\n"
                + "public class PathDriver implements io.eswizard.ui.WindowDriver {\n"
                + "    public void drive(javafx.stage.Stage stage, io.eswizard.ui.MainWindow window) {\n"
                + "    }\n"
                + "}\n");
        Path classes = Files.createDirectories(temp.resolve("classes"));
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        ByteArrayOutputStream errors = new ByteArrayOutputStream();
        int code = javac.run(null, null, errors, "-d", classes.toString(), "-cp", System.getProperty("java.class.path"),
                source.toString());
        assertEquals(0, code, errors.toString());

        WindowDriver driver = WindowDrivers.named(naming("probe.PathDriver", classes.toString())).orElseThrow();
        assertEquals("probe.PathDriver", driver.getClass().getName());
        assertNotSame(WindowDrivers.class.getClassLoader(), driver.getClass().getClassLoader());

        IllegalArgumentException withoutPath = assertThrows(IllegalArgumentException.class,
                () -> WindowDrivers.named(naming("probe.PathDriver", null)));
        assertEquals("-Desw.driver=probe.PathDriver: no such class on the class path; the drivers are test classes: "
                + "run mvn test-compile and add target/test-classes", withoutPath.getMessage());
    }

    @Test
    void aMissingClassIsNamedWithWhereItWasLookedFor() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> WindowDrivers.named(naming("io.eswizard.ui.NoSuchTour", "/nowhere/test-classes")));
        assertEquals("-Desw.driver=io.eswizard.ui.NoSuchTour: no such class on the class path or in "
                + "-Desw.driverPath=/nowhere/test-classes; the drivers are test classes: run mvn test-compile and add "
                + "target/test-classes", e.getMessage());
    }

    @Test
    void aClassThatIsNoDriverOrCannotBeMadeIsRefused() {
        IllegalArgumentException notADriver = assertThrows(IllegalArgumentException.class,
                () -> WindowDrivers.named(naming("java.lang.String", null)));
        assertEquals("-Desw.driver=java.lang.String: the class is not a io.eswizard.ui.WindowDriver",
                notADriver.getMessage());

        IllegalArgumentException noConstructor = assertThrows(IllegalArgumentException.class,
                () -> WindowDrivers.named(naming(NeedsArgument.class.getName(), null)));
        assertTrue(noConstructor.getMessage().startsWith("-Desw.driver=" + NeedsArgument.class.getName()
                + ": cannot make one ("), noConstructor.getMessage());
        assertTrue(noConstructor.getMessage().endsWith("a driver needs a public no-argument constructor"),
                noConstructor.getMessage());
    }
}
