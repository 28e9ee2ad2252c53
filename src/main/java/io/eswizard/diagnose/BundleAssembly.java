package io.eswizard.diagnose;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.eswizard.ansible.ProjectRuns;
import io.eswizard.ansible.RunHistory;
import io.eswizard.ansible.RunSummary;
import io.eswizard.generate.InventoryGenerator;
import io.eswizard.model.ClusterProject;
import io.eswizard.model.Secrets;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Writes the bundle once the machines' zips are in the staging folder: each machine's entries under
 * {@code machines/HOST/}, this machine's files under {@code local/}, every one masked, and README.txt.
 */
final class BundleAssembly {

    static final String MACHINES = "machines/";
    static final String LOCAL = "local/";
    static final String README = "README.txt";
    static final String MANIFEST = "manifest.json";
    /** Past runs whose summary and log go in. */
    static final int RUNS_KEPT = 3;
    /** Bytes kept from the end of a local log. */
    static final int LOG_TAIL = 1 << 20;
    /** Largest entry read from a machine's zip. */
    private static final int ENTRY_LIMIT = 4 << 20;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final ClusterProject project;
    private final Path projectFile;
    private final Secrets secrets;
    private final Path staging;
    private final String command;

    BundleAssembly(ClusterProject project, Path projectFile, Secrets secrets, Path staging, String command) {
        this.project = project;
        this.projectFile = projectFile;
        this.secrets = secrets;
        this.staging = staging;
        this.command = command;
    }

    DiagnosticsResult write(Path target, RunSummary summary, Path runFolder, Map<String, String> problems)
            throws IOException {
        Masker masker = new Masker(secrets.values());
        DiagnosticsReadme readme = new DiagnosticsReadme(project, projectFile, command, summary);
        List<MachineOutcome> outcomes = new ArrayList<>();
        try (BundleSink sink = BundleSink.open(target)) {
            for (String host : ProjectRuns.inventoryHosts(project)) {
                Path zip = staging.resolve(host + ".zip");
                String address = addressOf(host);
                if (Files.isRegularFile(zip, LinkOption.NOFOLLOW_LINKS)) {
                    machine(host, zip, sink, masker, readme);
                    outcomes.add(new MachineOutcome(host, address, true, ""));
                } else {
                    String why = problems.getOrDefault(host, "not gathered: the run ended first ("
                            + summary.message() + ")");
                    outcomes.add(new MachineOutcome(host, address, false, masker.scrubKnown(why)));
                }
            }
            local(sink, masker, readme, runFolder);
            sink.put(README, masker.scrubKnown(readme.text(outcomes)).getBytes(java.nio.charset.StandardCharsets.UTF_8));
            sink.commit();
        }
        return new DiagnosticsResult(target, outcomes, summary, runFolder);
    }

    private String addressOf(String host) {
        return switch (host) {
            case InventoryGenerator.DATABASE_HOST -> project.database().host();
            case InventoryGenerator.IDENTITY_SERVER_HOST -> project.sso().isAddress();
            case InventoryGenerator.LOAD_BALANCER_HOST -> project.loadBalancer().address();
            default -> project.node(host).map(n -> n.address()).orElse("");
        };
    }

    /** One machine's zip: its entries masked, its manifest read for the README. */
    private void machine(String host, Path zip, BundleSink sink, Masker masker, DiagnosticsReadme readme)
            throws IOException {
        String prefix = MACHINES + host + "/";
        Map<String, Masker.Result> masked = new HashMap<>();
        JsonNode manifest = null;
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                Optional<String> name = EntryNames.safe(e.getName());
                if (e.isDirectory() || name.isEmpty()) {
                    continue;
                }
                byte[] data = readAtMost(in, ENTRY_LIMIT);
                Masker.Result r = masker.mask(data);
                if (name.get().equals(MANIFEST)) {
                    manifest = JSON.readTree(r.bytes());
                }
                masked.put(name.get(), r);
                sink.put(prefix + name.get(), r.bytes());
            }
        }
        readme.machine(host, prefix, manifest, masked);
    }

    /** This machine's files: the project file, the latest runs, the latest verify and this run's log. */
    private void local(BundleSink sink, Masker masker, DiagnosticsReadme readme, Path runFolder) throws IOException {
        localFile(sink, masker, readme, projectFile, LOCAL + "project/" + projectFile.getFileName(), "the project file");
        Path dir = projectFile.getParent();
        List<RunHistory.PastRun> runs = RunHistory.ofProject(dir).list();
        for (RunHistory.PastRun run : runs.subList(0, Math.min(RUNS_KEPT, runs.size()))) {
            pastRun(sink, masker, readme, run.folder(), LOCAL + "runs/" + run.name() + "/", "run " + run.name());
        }
        Optional<RunHistory.PastRun> verify = new RunHistory(dir.resolve(io.eswizard.verify.ClusterVerifier.RUNS_FOLDER)).latest();
        if (verify.isPresent()) {
            pastRun(sink, masker, readme, verify.get().folder(), LOCAL + "verify/" + verify.get().name() + "/",
                    "the latest verify");
        } else {
            readme.local(LOCAL + "verify/", "the latest verify", "missing", "no verify run beside the project");
        }
        localFile(sink, masker, readme, staging.resolve("controller-ansible.txt"), LOCAL + "ansible-version.txt",
                "Ansible on this machine");
        String versions = "ES Cluster Wizard " + io.eswizard.generate.BuildInfo.version() + "\nJava "
                + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")\n"
                + System.getProperty("os.name") + " " + System.getProperty("os.version") + " "
                + System.getProperty("os.arch") + "\n";
        sink.put(LOCAL + "wizard-version.txt", versions.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        readme.local(LOCAL + "wizard-version.txt", "the wizard, its Java and this machine's OS", "copied", "");
        pastRun(sink, masker, readme, runFolder, LOCAL + "diagnose-run/", "the run that gathered this bundle");
    }

    private void pastRun(BundleSink sink, Masker masker, DiagnosticsReadme readme, Path folder, String prefix,
                         String what) throws IOException {
        localFile(sink, masker, readme, folder.resolve(RunSummary.FILE), prefix + RunSummary.FILE, what + ": summary");
        localFile(sink, masker, readme, folder.resolve(RunSummary.LOG_FILE), prefix + RunSummary.LOG_FILE,
                what + ": log");
    }

    private static void localFile(BundleSink sink, Masker masker, DiagnosticsReadme readme, Path file, String entry,
                                  String what) throws IOException {
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            readme.local(entry, what, "missing", file.toString());
            return;
        }
        long size = Files.size(file);
        byte[] data;
        try (var ch = Files.newByteChannel(file)) {
            ch.position(Math.max(0, size - LOG_TAIL));
            data = readAtMost(java.nio.channels.Channels.newInputStream(ch), LOG_TAIL);
        }
        Masker.Result r = masker.mask(data);
        sink.put(entry, r.bytes());
        readme.local(entry, what, size > LOG_TAIL ? "truncated" : "copied",
                (size > LOG_TAIL ? "last " + LOG_TAIL + " bytes; " : "") + DiagnosticsReadme.maskNote(r));
    }

    private static byte[] readAtMost(InputStream in, int limit) throws IOException {
        byte[] data = in.readNBytes(limit);
        in.skip(Long.MAX_VALUE);
        return data;
    }
}
