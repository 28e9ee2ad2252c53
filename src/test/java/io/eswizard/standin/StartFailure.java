package io.eswizard.standin;

/** Why the node does not start, in plain words naming the file and the setting. */
final class StartFailure extends Exception {

    private static final long serialVersionUID = 1L;

    StartFailure(String message) {
        super(message);
    }
}
