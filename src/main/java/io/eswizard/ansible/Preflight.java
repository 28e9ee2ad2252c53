package io.eswizard.ansible;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks, before a run, what would otherwise fail halfway through it: Ansible present and recent
 * enough, the collections the playbook uses, every host reachable over SSH with Python, and root
 * through privilege escalation.
 */
public final class Preflight {

    public static final int MIN_MAJOR = 2;
    public static final int MIN_MINOR = 14;
    /** Collections the playbook's modules come from (the run's output callback ships with the playbook). */
    public static final List<String> REQUIRED_COLLECTIONS =
            List.of("community.crypto", "community.general", "community.mysql");
    static final long TIMEOUT_SECONDS = 180;
    private static final Pattern CORE_VERSION = Pattern.compile("\\[core (\\d+)\\.(\\d+)[^\\]]*]|ansible-playbook (\\d+)\\.(\\d+)");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final AnsibleTools tools;

    public Preflight(AnsibleTools tools) {
        this.tools = tools;
    }

    /** Runs every check against the inventory of a run folder; never throws for a failed check. */
    public PreflightReport run(Path runFolder, String inventory, List<String> limit) {
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
            Path adHoc = tools.requireAdHoc();
            checks.addAll(hosts(adHoc, runFolder, inventory, limit));
        } catch (AnsibleNotFoundException e) {
            checks.add(PreflightCheck.failed(PreflightCheck.CONTROLLER, "ansible installed", "the 'ansible' command "
                    + "is missing", e.getMessage()));
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

    private PreflightCheck collections(Path dir) {
        String check = "ansible collections";
        try {
            Path galaxy = AnsibleTools.locate(tools.galaxy()).orElseThrow(() -> new IOException("ansible-galaxy not found"));
            AdHocCommand.Output out = AdHocCommand.run(List.of(galaxy.toString(), "collection", "list", "--format",
                    "json"), dir, 120);
            Set<String> installed = installedCollections(out.text());
            List<String> missing = REQUIRED_COLLECTIONS.stream().filter(c -> !installed.contains(c)).toList();
            if (missing.isEmpty()) {
                return PreflightCheck.ok(PreflightCheck.CONTROLLER, check, String.join(", ", REQUIRED_COLLECTIONS));
            }
            return PreflightCheck.failed(PreflightCheck.CONTROLLER, check, "missing: " + String.join(", ", missing),
                    "Install them: sudo apt-get install -y ansible (Debian's package includes them) or "
                            + "ansible-galaxy collection install " + String.join(" ", missing));
        } catch (IOException e) {
            return PreflightCheck.failed(PreflightCheck.CONTROLLER, check, e.getMessage(),
                    "Install the full Ansible package: sudo apt-get install -y ansible");
        }
    }

    /** Names in {@code ansible-galaxy collection list --format json}: {path: {name: {version}}}. */
    static Set<String> installedCollections(String json) {
        Set<String> names = new TreeSet<>();
        int start = json.indexOf('{');
        if (start < 0) {
            return names;
        }
        try {
            JSON.readTree(json.substring(start)).fields().forEachRemaining(path -> path.getValue().fieldNames()
                    .forEachRemaining(names::add));
        } catch (IOException e) {
            // Unreadable listing: report everything as missing.
        }
        return names;
    }

    private List<PreflightCheck> hosts(Path adHoc, Path dir, String inventory, List<String> limit) {
        List<PreflightCheck> checks = new ArrayList<>();
        Map<String, AdHocCommand.HostOutcome> ping;
        try {
            AdHocCommand.Output out = AdHocCommand.run(AdHocCommand.adHoc(adHoc, inventory, limit,
                    "ansible.builtin.ping", ""), dir, TIMEOUT_SECONDS);
            ping = out.hosts();
            if (ping.isEmpty()) {
                checks.add(PreflightCheck.failed(PreflightCheck.CONTROLLER, "inventory", lastLines(out.text()),
                        "Ansible found no hosts to check; look at the message above."));
                return checks;
            }
        } catch (IOException e) {
            checks.add(PreflightCheck.failed(PreflightCheck.CONTROLLER, "reachable", e.getMessage(),
                    "A host does not answer in time: check the addresses and that SSH works."));
            return checks;
        }
        List<String> reachable = new ArrayList<>();
        ping.forEach((host, r) -> {
            if (r.status() == ResultStatus.OK || r.status() == ResultStatus.CHANGED) {
                reachable.add(host);
                checks.add(PreflightCheck.ok(host, "reachable", "SSH and Python answer"));
            } else {
                String msg = ErrorText.of(r.result());
                checks.add(PreflightCheck.failed(host, "reachable", msg, reachRemedy(r.status(), msg)));
            }
        });
        if (reachable.isEmpty()) {
            return checks;
        }
        checks.addAll(become(adHoc, dir, inventory, reachable));
        checks.addAll(python(adHoc, dir, inventory, reachable));
        return checks;
    }

    private List<PreflightCheck> become(Path adHoc, Path dir, String inventory, List<String> hosts) {
        List<PreflightCheck> checks = new ArrayList<>();
        String check = "root via become";
        try {
            // Without -b: the inventory's ansible_become decides, exactly as in the playbook run.
            var out = AdHocCommand.run(AdHocCommand.adHoc(adHoc, inventory, hosts, "ansible.builtin.command", "id -u"),
                    dir, TIMEOUT_SECONDS);
            for (String host : hosts) {
                var r = out.hosts().get(host);
                if (r == null) {
                    checks.add(PreflightCheck.failed(host, check, "no answer", "Run the preflight again."));
                } else if (r.status().isProblem()) {
                    String msg = ErrorText.of(r.result());
                    checks.add(PreflightCheck.failed(host, check, msg, becomeRemedy(msg)));
                } else if (r.result().path("stdout").asText().strip().equals("0")) {
                    checks.add(PreflightCheck.ok(host, check, "tasks run as root"));
                } else {
                    checks.add(PreflightCheck.failed(host, check, "tasks run as uid " + r.result().path("stdout").asText()
                            .strip(), "The playbook installs packages and edits system files: turn on 'use sudo' "
                            + "(become) for this host, or connect as root."));
                }
            }
        } catch (IOException e) {
            checks.add(PreflightCheck.failed(PreflightCheck.CONTROLLER, check, e.getMessage(), "Run the preflight again."));
        }
        return checks;
    }

    private List<PreflightCheck> python(Path adHoc, Path dir, String inventory, List<String> hosts) {
        List<PreflightCheck> checks = new ArrayList<>();
        String check = "python";
        try {
            var out = AdHocCommand.run(AdHocCommand.adHoc(adHoc, inventory, hosts, "ansible.builtin.setup",
                    "filter=ansible_python*"), dir, TIMEOUT_SECONDS);
            for (String host : hosts) {
                var r = out.hosts().get(host);
                JsonNode py = r == null ? null : r.result().path("ansible_facts").path("ansible_python");
                if (py == null || py.isMissingNode()) {
                    checks.add(PreflightCheck.failed(host, check, r == null ? "no answer" : ErrorText.of(r.result()),
                            "Install Python 3 on the host: sudo apt-get install -y python3"));
                    continue;
                }
                int major = py.path("version").path("major").asInt();
                String found = "Python " + major + "." + py.path("version").path("minor").asInt() + " ("
                        + py.path("executable").asText() + ")";
                checks.add(major >= 3 ? PreflightCheck.ok(host, check, found)
                        : PreflightCheck.failed(host, check, found, "Python 3 is needed on the host: "
                        + "sudo apt-get install -y python3, and set its interpreter to /usr/bin/python3."));
            }
        } catch (IOException e) {
            checks.add(PreflightCheck.failed(PreflightCheck.CONTROLLER, check, e.getMessage(), "Run the preflight again."));
        }
        return checks;
    }

    static String reachRemedy(ResultStatus status, String msg) {
        String m = msg.toLowerCase(Locale.ROOT);
        if (m.contains("permission denied")) {
            return "SSH refused the login: check the user and key on the Connection page, and that the key is in "
                    + "the user's ~/.ssh/authorized_keys on the host (ssh-copy-id USER@HOST).";
        }
        if (m.contains("host key verification failed")) {
            return "The host's SSH key is unknown: connect once with ssh USER@HOST, or add it with "
                    + "ssh-keyscan HOST >> ~/.ssh/known_hosts.";
        }
        if (m.contains("connection refused")) {
            return "Nothing listens on the SSH port: start sshd on the host or correct the port.";
        }
        if (m.contains("timed out") || m.contains("no route") || m.contains("could not resolve")) {
            return "The host cannot be reached: check its address and the network/firewall between here and there.";
        }
        if (m.contains("python") && (m.contains("not found") || m.contains("no such file"))) {
            return "Python is missing on the host: install it (sudo apt-get install -y python3) "
                    + "or correct the Python interpreter path.";
        }
        return status == ResultStatus.UNREACHABLE
                ? "Check the address, port and user, and that ssh USER@HOST works from this machine."
                : "The host answered but the check failed; see the message.";
    }

    static String becomeRemedy(String msg) {
        String m = msg.toLowerCase(Locale.ROOT);
        if (m.contains("password is required") || m.contains("missing sudo password")) {
            return "sudo asks for a password: give the user passwordless sudo, e.g. a file in /etc/sudoers.d/ "
                    + "with 'USER ALL=(ALL) NOPASSWD: ALL'.";
        }
        if (m.contains("not in the sudoers") || m.contains("not allowed")) {
            return "The user may not use sudo: add it to the sudo (Debian) or wheel (RHEL) group.";
        }
        return "Privilege escalation failed: check that sudo works for this user on the host.";
    }

    private static String firstLine(String s) {
        int nl = s.indexOf('\n');
        return (nl < 0 ? s : s.substring(0, nl)).strip();
    }

    private static String lastLines(String s) {
        return ErrorText.tail(s.strip());
    }
}
