package io.eswizard.ui;

import io.eswizard.validation.RemotePaths;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.prefs.Preferences;

/**
 * What "Try it on this machine" asks for: the product archives to unpack and the folder the sandbox's
 * servers live in. Remembered for next time. Needs no FX toolkit.
 *
 * @param esZip  wso2es-2.1.0.zip, or "" when every node's ES_HOME already holds ES
 * @param isZip  the Identity Server zip, or "" when IS_HOME already holds it
 * @param folder where the servers' homes and the project file go
 */
public record SandboxChoice(String esZip, String isZip, String folder) {

    static final String ES_ZIP_KEY = "sandbox.esZip";
    static final String IS_ZIP_KEY = "sandbox.isZip";
    static final String FOLDER_KEY = "sandbox.folder";
    /** The project file the sandbox gets in its folder. */
    public static final String PROJECT_FILE = "sandbox.eswiz";

    public SandboxChoice {
        esZip = esZip == null ? "" : esZip.strip();
        isZip = isZip == null ? "" : isZip.strip();
        folder = folder == null ? "" : folder.strip();
    }

    /** The last choice, or none with the folder es-cluster-sandbox in the home folder. */
    public static SandboxChoice remembered(Preferences preferences) {
        return new SandboxChoice(preferences.get(ES_ZIP_KEY, ""), preferences.get(IS_ZIP_KEY, ""),
                preferences.get(FOLDER_KEY, Path.of(System.getProperty("user.home"), "es-cluster-sandbox").toString()));
    }

    public void remember(Preferences preferences) {
        preferences.put(ES_ZIP_KEY, esZip);
        preferences.put(IS_ZIP_KEY, isZip);
        preferences.put(FOLDER_KEY, folder);
    }

    /** What keeps the choice from working, in words; empty when it is fine. */
    public List<String> problems() {
        List<String> out = new ArrayList<>();
        zip(out, esZip, "Enterprise Store archive");
        zip(out, isZip, "Identity Server archive");
        if (folder.isEmpty()) {
            out.add("Choose a folder for the sandbox's servers.");
        } else if (!Path.of(folder).isAbsolute()) {
            out.add("The sandbox folder must be a full path, e.g. " + Path.of(System.getProperty("user.home"),
                    "es-cluster-sandbox") + ".");
        } else if (Files.exists(Path.of(folder)) && !Files.isDirectory(Path.of(folder))) {
            out.add(folder + " is a file; choose a folder.");
        } else {
            // the servers' homes go inside it, and a home keeps to the rule of every path on the machines
            RemotePaths.whyNotStrictPath(folder).ifPresent(why -> out.add("The sandbox folder '" + folder + "' "
                    + why + "; the servers' homes go in it. Choose another folder."));
        }
        return out;
    }

    /** What happens without an archive, said before it happens. */
    public List<String> notes() {
        List<String> out = new ArrayList<>();
        if (esZip.isEmpty()) {
            out.add("Without the Enterprise Store archive, each node's ES_HOME in the folder must already hold ES "
                    + "2.1.0; the preflight checks.");
        }
        if (isZip.isEmpty()) {
            out.add("Without the Identity Server archive, its IS_HOME in the folder must already hold it.");
        }
        return out;
    }

    private static void zip(List<String> out, String path, String what) {
        if (path.isEmpty()) {
            return;
        }
        Path p = Path.of(path);
        if (!Files.isRegularFile(p)) {
            out.add("The " + what + " " + path + " does not exist.");
        } else if (!p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".zip")) {
            out.add("The " + what + " must be the product's .zip file.");
        } else if (!Files.isReadable(p)) {
            out.add("The " + what + " " + path + " cannot be read.");
        }
    }

    public Path projectFile() {
        return Path.of(folder).resolve(PROJECT_FILE);
    }
}
