package io.eswizard.ansible;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Removes the private files (a provided TLS key) a run folder holds only while its run lasts. */
final class RunFolderSecrets {

    private RunFolderSecrets() {
    }

    static void remove(RunRequest request) {
        for (String file : request.privateFiles()) {
            Path path = request.runFolder().resolve(file);
            try {
                Files.deleteIfExists(path);
            } catch (IOException e) {
                // Last resort: the JVM tries again on exit.
                path.toFile().deleteOnExit();
            }
        }
    }
}
