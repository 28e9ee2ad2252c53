package io.eswizard.ansible;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where the secrets of the runs live, who owns what is in it, and what a start removes. */
class RuntimeFolderTest {

    @TempDir
    Path dir;

    @Test
    void theRuntimeFolderOtherwiseTheCache() {
        Path home = Path.of("/home/admin");
        assertEquals(Path.of("/run/user/1000/es-cluster-wizard"),
                RuntimeFolder.location(Map.of("XDG_RUNTIME_DIR", "/run/user/1000"), home));
        assertEquals(Path.of("/home/admin/.cache/es-cluster-wizard/run"), RuntimeFolder.location(Map.of(), home));
        assertEquals(Path.of("/home/admin/.cache/es-cluster-wizard/run"),
                RuntimeFolder.location(Map.of("XDG_RUNTIME_DIR", "relative/run"), home), "only an absolute path counts");
        assertEquals(Path.of("/var/cache/admin/es-cluster-wizard/run"),
                RuntimeFolder.location(Map.of("XDG_CACHE_HOME", "/var/cache/admin"), home));
    }

    @Test
    void createdPrivateAndPutBackToPrivate() throws IOException {
        Path folder = RuntimeFolder.ready(dir.resolve("runtime/es-cluster-wizard"));
        assertEquals("rwx------", mode(folder));
        assertEquals("rwx------", mode(folder.getParent()), "missing parents too");
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
        RuntimeFolder.ready(folder);
        assertEquals("rwx------", mode(folder));
    }

    @Test
    void aLinkInPlaceOfTheFolderIsRefused() throws IOException {
        Path elsewhere = Files.createDirectory(dir.resolve("elsewhere"));
        Path link = Files.createSymbolicLink(dir.resolve("es-cluster-wizard"), elsewhere);
        IOException e = assertThrows(IOException.class, () -> RuntimeFolder.ready(link));
        assertTrue(e.getMessage().startsWith("The secrets folder " + link + " is not a folder"), e.getMessage());
    }

    @Test
    void theVarsFileIsPrivateInTheRuntimeFolderAndNamedAfterThisProcess() throws IOException {
        Path folder = RuntimeFolder.ready(dir.resolve("es-cluster-wizard"));
        try (SecretsVarsFile vars = SecretsVarsFile.create(folder, "es_cluster_db_password: x\n")) {
            assertEquals(folder, vars.path().getParent());
            assertEquals("rw-------", mode(vars.path()));
            assertEquals(RunOwner.current(), RunOwner.fromFileName(vars.path().getFileName().toString()).orElseThrow());
        }
        assertEquals(List.of(), List.of(folder.toFile().list()));
    }

    @Test
    void anOwnerIsAliveOnlyWithItsOwnStartTime() {
        RunOwner me = RunOwner.current();
        assertTrue(me.isAlive());
        assertFalse(new RunOwner(me.pid(), me.startMillis() - 60_000).isAlive(), "the pid reused by a later process");
        assertEquals(me, RunOwner.fromFileName(me.prefix("secrets") + "123.yml").orElseThrow());
        assertTrue(RunOwner.fromFileName("notes.txt").isEmpty());
    }

    @Test
    void leftoversOfADeadOwnerGoTheRestStays() throws Exception {
        Path folder = RuntimeFolder.ready(dir.resolve("es-cluster-wizard"));
        RunOwner me = RunOwner.current();
        RunOwner dead = new RunOwner(me.pid(), me.startMillis() - 60_000);
        Path key = Files.writeString(dir.resolve("load-balancer-private-key.pem"), "key");
        Path outside = Files.writeString(dir.resolve("not-listed.txt"), "stays");
        Path deadVars = Files.writeString(folder.resolve(dead.prefix(SecretsVarsFile.KIND) + "1.yml"), "x: 1\n");
        Path deadKeys = RunFolderSecrets.writeList(folder, List.of(key));
        Files.move(deadKeys, folder.resolve(dead.prefix(RunFolderSecrets.KIND) + "2.txt"));
        Path myVars = Files.writeString(folder.resolve(me.prefix(SecretsVarsFile.KIND) + "3.yml"), "x: 1\n");
        Path notes = Files.writeString(folder.resolve("notes.txt"), "not the app's\n");

        List<Path> removed = LeftoverSecrets.remove(folder);

        assertEquals(3, removed.size(), removed.toString());
        assertFalse(Files.exists(deadVars));
        assertFalse(Files.exists(key));
        assertTrue(Files.exists(myVars) && Files.exists(notes) && Files.exists(outside));
        assertEquals(List.of(), LeftoverSecrets.remove(folder), "nothing more the second time");
    }

    @Test
    void aStagingFolderIsPrivateAndGoesWhenItsOwnerIsDeadNotBefore() throws Exception {
        Path folder = RuntimeFolder.ready(dir.resolve("es-cluster-wizard"));
        Path mine = StagingFolder.create(folder);
        Files.writeString(mine.resolve("host.zip"), "fetched");
        assertEquals("rwx------", mode(mine));
        RunOwner me = RunOwner.current();
        RunOwner dead = new RunOwner(me.pid(), me.startMillis() - 60_000);
        Path deadStaging = Files.createDirectory(folder.resolve(dead.prefix(StagingFolder.KIND) + "7"));
        Files.createDirectory(deadStaging.resolve("inner"));
        Files.writeString(deadStaging.resolve("inner/host.zip"), "fetched");
        Path target = Files.writeString(dir.resolve("outside.txt"), "stays");
        Files.createSymbolicLink(deadStaging.resolve("link"), target);

        List<Path> removed = LeftoverSecrets.remove(folder);

        assertEquals(List.of(deadStaging), removed);
        assertFalse(Files.exists(deadStaging, LinkOption.NOFOLLOW_LINKS));
        assertTrue(Files.exists(target), "a link is removed, not followed");
        assertTrue(Files.exists(mine.resolve("host.zip")), "this process's staging stays");
        StagingFolder.delete(mine);
        assertFalse(Files.exists(mine));
    }

    private static String mode(Path p) throws IOException {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(p, LinkOption.NOFOLLOW_LINKS));
    }
}
