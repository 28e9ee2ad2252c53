package io.eswizard.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.eswizard.ui.WindowDriver;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The benchmark and the class-data archive script name the start-up probe by its class name: this class. */
class FirstPaintSignalTest {

    @Test
    void theBenchmarkAndTheArchiveScriptNameTheProbe() throws Exception {
        String name = FirstPaintSignal.class.getName();
        assertEquals(name, StartupBenchmark.PROBE);
        assertTrue(Files.readString(Path.of("packaging/cds/cds-archive.sh")).contains("\nPROBE=" + name + "\n"),
                "packaging/cds/cds-archive.sh names " + name);
    }

    @Test
    void theProbeIsAWindowDriverTheAppCanMake() throws Exception {
        assertInstanceOf(WindowDriver.class, FirstPaintSignal.class.getConstructor().newInstance());
    }
}
