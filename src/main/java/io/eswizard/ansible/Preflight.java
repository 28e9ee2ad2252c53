package io.eswizard.ansible;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks, before a run, what would otherwise fail halfway through it: on this machine, Ansible
 * present and recent enough with the collections the playbook uses; on the cluster's machines,
 * what {@code preflight.yml} checks (SSH, sudo, Python, clocks, homes, Java, free ports, names,
 * and the database and member ports reached from the nodes).
 */
public final class Preflight {

    public static final int MIN_MAJOR = 2;
    public static final int MIN_MINOR = 14;
    private static final Pattern CORE_VERSION = Pattern.compile("\\[core (\\d+)\\.(\\d+)[^\\]]*]|ansible-playbook (\\d+)\\.(\\d+)");

    private final AnsibleTools tools;

    public Preflight(AnsibleTools tools) {
        this.tools = tools;
    }

    /** Runs every check against the inventory of a run folder; never throws for a failed check. */
    public PreflightReport run(Path runFolder, String inventory, List<String> limit) {
        return run(RunRequest.of(runFolder, RunMode.CHECK).withLimit(limit));
    }

    /**
     * Runs every check for a request's run folder, inventory and limit, with its secrets (the sudo
     * passwords) passed as a run passes them, and masked in every finding.
     */
    public PreflightReport run(RunRequest request) {
        SecretScrubber scrubber = new SecretScrubber(request.secretValues());
        try (RunFolderSecrets keys = RunFolderSecrets.record(request);
             SecretsVarsFile secrets = request.secretsContent().isEmpty() ? null
                     : SecretsVarsFile.create(request.secretsContent())) {
            List<Path> transientFiles = new ArrayList<>(keys.paths());
            if (secrets != null) {
                transientFiles.add(secrets.path());
            }
            PreflightReport report = run(request.runFolder(), request.inventory(), request.limit(),
                    secrets == null ? null : secrets.path(), transientFiles);
            return new PreflightReport(report.checks().stream().map(c -> new PreflightCheck(c.host(), c.check(),
                    c.ok(), scrubber.scrub(c.detail()), scrubber.scrub(c.remedy()))).toList());
        } catch (IOException e) {
            return new PreflightReport(List.of(PreflightCheck.failed(PreflightCheck.CONTROLLER, "secrets",
                    e.getMessage(), "Check that the secrets folder (" + RuntimeFolder.NAME + " under "
                            + "XDG_RUNTIME_DIR, or ~/.cache) is yours and writable.")));
        }
    }

    private PreflightReport run(Path runFolder, String inventory, List<String> limit, Path secretsFile,
                                List<Path> transientFiles) {
        List<PreflightCheck> checks = new ArrayList<>();
        Path playbook;
        try {
            playbook = tools.requirePlaybook();
        } catch (AnsibleNotFoundException e) {
            checks.add(PreflightCheck.failed(PreflightCheck.CONTROLLER, "ansible installed", "not found", e.getMessage()));
            return new PreflightReport(checks);
        }
        checks.add(version(playbook, runFolder));
        checks.add(collections(runFolder));
        try {
            checks.addAll(PreflightPlaybook.run(playbook, runFolder, inventory, limit, secretsFile, transientFiles));
        } catch (IOException e) {
            checks.add(PreflightCheck.failed(PreflightCheck.CONTROLLER, "machines", e.getMessage(),
                    "A machine did not answer in time: check the addresses and that SSH works, then run the "
                            + "preflight again."));
        }
        return new PreflightReport(checks);
    }

    private PreflightCheck version(Path playbook, Path dir) {
        String check = "ansible version";
        try {
            AdHocCommand.Output out = AdHocCommand.run(List.of(playbook.toString(), "--version"), dir, 60);
            Matcher m = CORE_VERSION.matcher(out.text());
            if (!m.find()) {
                return PreflightCheck.failed(PreflightCheck.CONTROLLER, check, firstLine(out.text()),
                        "Could not read the version of ansible-playbook; reinstall it.");
            }
            int major = Integer.parseInt(m.group(1) != null ? m.group(1) : m.group(3));
            int minor = Integer.parseInt(m.group(1) != null ? m.group(2) : m.group(4));
            String found = "ansible-core " + major + "." + minor;
            if (major > MIN_MAJOR || major == MIN_MAJOR && minor >= MIN_MINOR) {
                return PreflightCheck.ok(PreflightCheck.CONTROLLER, check, found);
            }
            return PreflightCheck.failed(PreflightCheck.CONTROLLER, check, found, "ansible-core " + MIN_MAJOR + "."
                    + MIN_MINOR + " or newer is needed; upgrade it (Debian 12 and RHEL 9 ship a recent enough one).");
        } catch (IOException e) {
            return PreflightCheck.failed(PreflightCheck.CONTROLLER, check, e.getMessage(), "Check that ansible-playbook runs.");
        }
    }

    /** The collections of the playbook's collections/requirements.yml, installed and recent enough. */
    private PreflightCheck collections(Path dir) {
        String check = "ansible collections";
        try {
            List<CollectionRequirements.Requirement> needed = CollectionRequirements.read(dir);
            Path galaxy = AnsibleTools.locate(tools.galaxy()).orElseThrow(() -> new IOException("ansible-galaxy not found"));
            AdHocCommand.Output out = AdHocCommand.run(List.of(galaxy.toString(), "collection", "list", "--format",
                    "json"), dir, 120);
            Map<String, String> installed = CollectionRequirements.installed(out.text());
            List<String> lacking = needed.stream().filter(r -> !r.metBy(installed.get(r.name())))
                    .map(r -> r + (installed.containsKey(r.name()) ? " (" + installed.get(r.name()) + " installed)"
                            : " (missing)")).toList();
            if (lacking.isEmpty()) {
                return PreflightCheck.ok(PreflightCheck.CONTROLLER, check, String.join(", ", needed.stream()
                        .map(r -> r.name() + " " + installed.get(r.name())).toList()));
            }
            return PreflightCheck.failed(PreflightCheck.CONTROLLER, check, "needed: " + String.join(", ", lacking),
                    "Install them: sudo apt-get install -y ansible (Debian's package includes them) or "
                            + "ansible-galaxy collection install -r " + CollectionRequirements.FILE);
        } catch (IOException e) {
            return PreflightCheck.failed(PreflightCheck.CONTROLLER, check, e.getMessage(),
                    "Install the full Ansible package: sudo apt-get install -y ansible");
        }
    }

    static String reachRemedy(ResultStatus status, String msg) {
        String m = msg.toLowerCase(Locale.ROOT);
        if (m.contains("permission denied")) {
            return FailureHints.forMessage("permission denied (publickey)").orElseThrow();
        }
        if (m.contains("connection refused") || m.contains("timed out") || m.contains("no route")
                || m.contains("could not resolve")) {
            return FailureHints.forMessage("ssh: " + msg).orElseThrow();
        }
        return FailureHints.forMessage(msg).orElse(status == ResultStatus.UNREACHABLE
                ? "Check the address, port and user, and that ssh USER@HOST works from this machine."
                : "The host answered but the check failed; see the message.");
    }

    static String becomeRemedy(String msg) {
        if (msg.toLowerCase(Locale.ROOT).startsWith("tasks run as uid")) {
            return "The playbook installs packages and edits system files: turn on 'use sudo' (become) on the "
                    + "Connection page, or connect as root.";
        }
        return FailureHints.forMessage(msg).orElse(
                "Privilege escalation failed: check that sudo works for this user on the host.");
    }

    private static String firstLine(String s) {
        int nl = s.indexOf('\n');
        return (nl < 0 ? s : s.substring(0, nl)).strip();
    }
}
