package io.eswizard.bundle;

/** An export that cannot be made as asked; the message tells the user what to change. */
public final class BundleException extends Exception {

    private static final long serialVersionUID = 1L;

    public BundleException(String message) {
        super(message);
    }
}
