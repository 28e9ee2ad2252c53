package io.eswizard.validation;

import io.eswizard.model.field.FieldRef;
import java.util.List;

/** Folders on the target machines (ES_HOME, IS_HOME, JAVA_HOME): only their form can be checked here. */
final class RemotePaths {

    private RemotePaths() {
    }

    /** Adds an error unless {@code value} is an absolute POSIX path other than "/". */
    static void checkAbsolute(List<Problem> out, FieldRef path, String what, String value, String example) {
        if (value.isBlank()) {
            out.add(Problem.error(path, what + " is empty. Enter the folder on the target machine, e.g. "
                    + example + "."));
        } else if (!value.startsWith("/")) {
            out.add(Problem.error(path, what + " '" + value + "' is not an absolute path, so it would depend on "
                    + "the login folder. Start it with '/', e.g. " + example + "."));
        } else if (value.replace("/", "").isEmpty()) {
            out.add(Problem.error(path, what + " is the root folder '/'; the playbook would write files all over "
                    + "the machine. Use a folder of its own, e.g. " + example + "."));
        } else if (value.chars().anyMatch(c -> c == '\n' || c == '\r')) {
            out.add(Problem.error(path, what + " contains a line break. Enter the path on one line."));
        }
    }
}
