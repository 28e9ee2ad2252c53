package io.eswizard.validation;

import io.eswizard.model.field.FieldRef;
import java.util.List;

/** The valid range of TCP ports, checked the same way for every port field. */
final class Ports {

    static final int MIN = 1;
    static final int MAX = 65535;

    private Ports() {
    }

    static boolean isValid(int port) {
        return port >= MIN && port <= MAX;
    }

    /** Adds an error when {@code port} is outside 1-65535; true when it is valid. */
    static boolean check(List<Problem> out, FieldRef path, String what, int port, int suggestion) {
        if (isValid(port)) {
            return true;
        }
        out.add(Problem.error(path, what + " is " + port + ", but a port must be between " + MIN + " and " + MAX
                + ". Use e.g. " + suggestion + "."));
        return false;
    }
}
