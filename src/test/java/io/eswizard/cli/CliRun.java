package io.eswizard.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** One run of the real command-line entry with captured output. */
record CliRun(int exitCode, String out, String err) {

    static CliRun of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = EsWizardCli.run(new PrintWriter(out), new PrintWriter(err), args);
        return new CliRun(code, out.toString(), err.toString());
    }

    String all() {
        return out + err;
    }

    boolean hasStackTrace() {
        return all().contains("\tat ") || all().matches("(?s).*\\b\\w+(\\.\\w+)+(Exception|Error)\\b.*");
    }
}
