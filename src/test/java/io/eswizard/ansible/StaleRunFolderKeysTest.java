package io.eswizard.ansible;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Keys that cut-off runs left in their run folders go before the next run, unless a live run lists them. */
class StaleRunFolderKeysTest {

    private static final String KEY = "files/load-balancer-private-key.pem";

    @TempDir
    Path dir;

    @Test
    void keysOfOtherRunsGoButTheNewRunsAndThoseALiveRunListsStay() throws Exception {
        Path runs = dir.resolve(".esw-runs");
        Path cutOff = key(runs.resolve("20261201-101010-000"));
        Path deadOwnersList = key(runs.resolve("20261202-101010-000"));
        Path liveOwnersList = key(runs.resolve("20261203-101010-000"));
        Path newRun = key(runs.resolve("20261204-101010-000"));
        Path otherFile = Files.writeString(runs.resolve("20261201-101010-000/output.log"), "log\n");
        Path secrets = Files.createDirectories(dir.resolve("secrets"));
        RunFolderSecrets.writeList(secrets, List.of(liveOwnersList));
        Files.writeString(secrets.resolve("keys-999999999-1-1.txt"), deadOwnersList + "\n");

        List<Path> removed = StaleRunFolderKeys.remove(newRun.getParent().getParent(), List.of(KEY), secrets);

        assertEquals(List.of(cutOff, deadOwnersList).stream().sorted().toList(), removed.stream().sorted().toList());
        assertFalse(Files.exists(cutOff));
        assertFalse(Files.exists(deadOwnersList));
        assertTrue(Files.exists(liveOwnersList), "a run that goes on keeps its key");
        assertTrue(Files.exists(newRun), "the run about to start keeps its own key");
        assertTrue(Files.exists(otherFile), "only the private files go");
    }

    @Test
    void aNameLeadingOutOfTheRunFolderIsNeverFollowed() throws Exception {
        Path runs = dir.resolve(".esw-runs");
        Path outside = Files.writeString(dir.resolve("precious.pem"), "x");
        Files.createDirectories(runs.resolve("a"));
        Path newRun = Files.createDirectories(runs.resolve("b"));
        assertEquals(List.of(), StaleRunFolderKeys.remove(newRun, List.of("../../precious.pem"), dir.resolve("none")));
        assertTrue(Files.exists(outside));
    }

    private static Path key(Path runFolder) throws Exception {
        Path key = runFolder.resolve(KEY);
        Files.createDirectories(key.getParent());
        return Files.writeString(key, "-----BEGIN PRIVATE KEY-----\n").toAbsolutePath().normalize();
    }
}
