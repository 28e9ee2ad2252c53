package io.eswizard.cli;

/** A failure the user can fix: printed as one line on stderr, exits with {@link #exitCode()}. */
final class CliException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int exitCode;

    CliException(int exitCode, String message) {
        super(message, null, false, false);
        this.exitCode = exitCode;
    }

    static CliException usage(String message) {
        return new CliException(EsWizardCli.USAGE_OR_UNREADABLE, message);
    }

    int exitCode() {
        return exitCode;
    }
}
