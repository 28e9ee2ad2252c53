package io.eswizard.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What "Try it on this machine" accepts, and that it is remembered. */
class SandboxChoiceTest {

    @TempDir
    Path dir;

    @Test
    void archivesMustBeZipsThatExistAndTheFolderAFullPath() throws Exception {
        Path es = Files.writeString(dir.resolve("wso2es-2.1.0.zip"), "zip");
        Path notZip = Files.writeString(dir.resolve("wso2is.tar.gz"), "tar");
        assertEquals(List.of(), new SandboxChoice(es.toString(), "", dir.resolve("sb").toString()).problems());
        assertEquals(List.of("The Identity Server archive " + dir.resolve("gone.zip") + " does not exist.",
                        "The sandbox folder must be a full path, e.g. " + Path.of(System.getProperty("user.home"),
                                "es-cluster-sandbox") + "."),
                new SandboxChoice(es.toString(), dir.resolve("gone.zip").toString(), "sb").problems());
        assertEquals(List.of("The Identity Server archive must be the product's .zip file.", es + " is a file; "
                + "choose a folder."), new SandboxChoice("", notZip.toString(), es.toString()).problems());
        assertEquals(2, new SandboxChoice("", "", dir.toString()).notes().size(), "says what no archive means");
        List<String> hostile = new SandboxChoice(es.toString(), "", dir.resolve("sb$(id)").toString()).problems();
        assertEquals(1, hostile.size(), hostile.toString());
        assertTrue(hostile.get(0).startsWith("The sandbox folder '" + dir.resolve("sb$(id)") + "' contains '$'"),
                hostile.get(0));
        assertTrue(new SandboxChoice(es.toString(), "", dir + "/sb/../x").problems().get(0).contains("'..'"));
    }

    @Test
    void theLastChoiceIsRemembered() throws Exception {
        Preferences prefs = Preferences.userRoot().node("es-cluster-wizard-test-" + System.nanoTime());
        try {
            assertTrue(SandboxChoice.remembered(prefs).esZip().isEmpty());
            SandboxChoice choice = new SandboxChoice("/a/es.zip", "/a/is.zip", "/srv/sb");
            choice.remember(prefs);
            assertEquals(choice, SandboxChoice.remembered(prefs));
            assertEquals(Path.of("/srv/sb/sandbox.eswiz"), choice.projectFile());
        } finally {
            prefs.removeNode();
        }
    }
}
