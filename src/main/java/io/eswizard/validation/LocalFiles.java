package io.eswizard.validation;

import io.eswizard.model.field.FieldRef;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;

/** Files on this machine that the wizard copies to the targets: they must exist and be readable now. */
final class LocalFiles {

    private LocalFiles() {
    }

    /** Adds an error when the file at {@code value} cannot be read; {@code what} starts the sentence. */
    static void checkReadable(List<Problem> out, FieldRef path, String what, String value) {
        Path file;
        try {
            file = Path.of(value);
        } catch (InvalidPathException e) {
            out.add(Problem.error(path, what + " '" + value + "' is not a valid file path. Pick the file again."));
            return;
        }
        if (!Files.exists(file)) {
            out.add(Problem.error(path, what + " '" + value + "' does not exist on this machine. "
                    + "Pick the file again or correct the path."));
        } else if (Files.isDirectory(file)) {
            out.add(Problem.error(path, what + " '" + value + "' is a folder, not a file. Pick the file itself."));
        } else if (!Files.isReadable(file)) {
            out.add(Problem.error(path, what + " '" + value + "' cannot be read by this user. "
                    + "Fix its permissions or copy it somewhere readable."));
        }
    }
}
