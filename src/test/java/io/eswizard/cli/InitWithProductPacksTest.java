package io.eswizard.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.eswizard.model.ClusterProject;
import io.eswizard.model.EsNode;
import io.eswizard.project.ProjectFiles;
import io.eswizard.testsupport.Prerequisites;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code init --preset local --es-pack --is-pack} unpacks product zips into the sandbox homes. */
class InitWithProductPacksTest {

    @Test
    void productZipsAreUnpackedIntoEveryHome(@TempDir Path dir) throws Exception {
        Path fixtures = Prerequisites.fixtures();
        Path esZip = zipOf(fixtures.resolve("wso2es-2.1.0"), "wso2es-2.1.0/", dir.resolve("wso2es-2.1.0.zip"));
        Path isZip = zipOf(fixtures.resolve("wso2is-5.1.0"), "wso2is-5.1.0/", dir.resolve("wso2is-5.1.0.zip"));
        Path projectFile = dir.resolve("sandbox.eswiz");

        CliRun run = CliRun.of("init", projectFile.toString(), "--preset", "local", "--sandbox",
                dir.resolve("sandbox").toString(), "--es-pack", esZip.toString(), "--is-pack", isZip.toString());

        assertEquals(0, run.exitCode(), run.all());
        ClusterProject p = ProjectFiles.load(projectFile);
        for (EsNode n : p.nodes()) {
            assertTrue(Files.isRegularFile(Path.of(n.esHome(), "repository/conf/carbon.xml")), n.esHome());
            assertTrue(Files.isRegularFile(Path.of(n.esHome(), "dbscripts/mysql.sql")), n.esHome());
        }
        assertTrue(Files.isRegularFile(Path.of(p.sso().isHome(), p.sso().layout().ssoConfigPath())));
    }

    @Test
    void aZipWhoseEntriesEscapeTheFolderIsRefusedWithItsName(@TempDir Path dir) throws Exception {
        Path evil = dir.resolve("evil.zip");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(evil))) {
            zip.putNextEntry(new ZipEntry("../../escaped.txt"));
            zip.write("x".getBytes());
            zip.closeEntry();
        }
        CliRun run = CliRun.of("init", dir.resolve("p.eswiz").toString(), "--preset", "local", "--sandbox",
                dir.resolve("sandbox").toString(), "--es-pack", evil.toString());

        assertEquals(2, run.exitCode(), run.all());
        assertTrue(run.err().contains("evil.zip"), run.err());
        assertFalse(run.hasStackTrace(), run.all());
        assertFalse(Files.exists(dir.resolve("escaped.txt")));
        assertFalse(Files.exists(dir.getParent().resolve("escaped.txt")));
        assertFalse(Files.exists(dir.resolve("p.eswiz")), "no project file is left behind");
    }

    /** Zips a folder the way WSO2 ships products: everything under one top folder. */
    private static Path zipOf(Path folder, String topFolder, Path zipFile) throws IOException {
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(zipFile));
             Stream<Path> files = Files.walk(folder)) {
            for (Path f : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
                zip.putNextEntry(new ZipEntry(topFolder + folder.relativize(f).toString().replace('\\', '/')));
                Files.copy(f, zip);
                zip.closeEntry();
            }
        }
        return zipFile;
    }
}
