package io.eswizard.e2e;

import io.eswizard.cli.EsWizardCli;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** {@code es-cluster-wizard verify FILE --secrets-file F} in this JVM, its output read back into checks. */
record VerifyCli(int exitCode, String out, String err, List<Printed> checks) {

    /** One printed check: "ok" or "FAIL", the host it is about, what; for a failure its cause and fix. */
    record Printed(String status, String host, String what, String cause, String fix) {
        boolean failed() {
            return status.equals("FAIL");
        }
    }

    private static final Pattern CHECK = Pattern.compile("^(ok|FAIL)\\s{2,}(\\S+)\\s+(.*)$");

    static VerifyCli run(Path projectFile, Path secretsFile) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = EsWizardCli.run(new PrintWriter(out), new PrintWriter(err), "verify", projectFile.toString(),
                "--secrets-file", secretsFile.toString());
        return new VerifyCli(code, out.toString(), err.toString(), parse(out.toString()));
    }

    static List<Printed> parse(String out) {
        List<Printed> checks = new ArrayList<>();
        String[] lines = out.split("\n");
        for (int i = 0; i < lines.length; i++) {
            Matcher m = CHECK.matcher(lines[i]);
            if (!m.matches()) {
                continue;
            }
            String cause = "";
            String fix = "";
            while (i + 1 < lines.length && lines[i + 1].startsWith("      ")) {
                String detail = lines[++i].trim();
                if (detail.startsWith("cause: ")) {
                    cause = detail.substring("cause: ".length());
                } else if (detail.startsWith("fix: ")) {
                    fix = detail.substring("fix: ".length()).trim();
                } else {
                    cause += " " + detail;
                }
            }
            checks.add(new Printed(m.group(1), m.group(2), m.group(3), cause, fix));
        }
        return checks;
    }

    List<Printed> failed() {
        return checks.stream().filter(Printed::failed).toList();
    }

    String all() {
        return out + err;
    }
}
