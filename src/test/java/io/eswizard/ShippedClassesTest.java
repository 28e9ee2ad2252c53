package io.eswizard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The product's classes, the folder the shipped jar is packed from, hold no dev tooling: the screenshot
 * tours, the start-up probe and the benchmarks live in the test tree and reach the window through
 * {@link io.eswizard.ui.WindowDriver}.
 */
class ShippedClassesTest {

    static final Pattern DEV_TOOLING = Pattern.compile(".*(Tour|Screenshot|Benchmark|FirstPaint|Probe).*");

    @Test
    void noClassOfTheProductExistsOnlyForToursProbesOrBenchmarks() throws Exception {
        Path main = Path.of(Launcher.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<String> classes;
        try (Stream<Path> files = Files.walk(main)) {
            classes = files.map(f -> main.relativize(f).toString())
                    .filter(f -> f.endsWith(".class"))
                    .map(f -> f.substring(0, f.length() - ".class".length()).replace('/', '.'))
                    .toList();
        }
        assertTrue(classes.contains("io.eswizard.ui.WizardApp") && classes.contains("io.eswizard.ui.WindowDriver"),
                "the product's classes are in " + main);
        assertTrue(classes.size() > 100, classes.size() + " classes in " + main);
        List<String> tooling = classes.stream()
                .filter(c -> DEV_TOOLING.matcher(c.substring(c.lastIndexOf('.') + 1)).matches())
                .toList();
        assertEquals(List.of(), tooling, "dev tooling among the product's classes in " + main);
    }

    /** Guards the rule above: it does see the tooling, which is in the test tree. */
    @Test
    void theRuleRecognisesTheTooling() {
        for (String name : List.of("ScreenshotTour", "RunScreenshotTour", "TourCamera", "FirstPaintSignal",
                "StartupBenchmark", "ScreenshotTour$1")) {
            assertTrue(DEV_TOOLING.matcher(name).matches(), name);
        }
        assertTrue(!DEV_TOOLING.matcher("WizardApp").matches() && !DEV_TOOLING.matcher("WindowDriver").matches());
    }
}
