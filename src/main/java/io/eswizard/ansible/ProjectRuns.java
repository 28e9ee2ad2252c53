package io.eswizard.ansible;

import io.eswizard.bundle.BundleException;
import io.eswizard.bundle.BundleWriter;
import io.eswizard.bundle.PrivateFiles;
import io.eswizard.generate.AnsibleYaml;
import io.eswizard.generate.InventoryGenerator;
import io.eswizard.generate.RetiredNodes;
import io.eswizard.generate.SecretsFile;
import io.eswizard.model.ClusterProject;
import io.eswizard.model.Secrets;
import io.eswizard.project.ProjectFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Runs of one project, the way the wizard, the command line and the E2E suite start them: lay out
 * a fresh timestamped run folder (BundleWriter) with the project as the run sees it and the nodes
 * that left it since the last full run (RetiredNodes), pass the passwords through the secrets vars
 * file and the operation's choices with the inventory, estimate the tasks, and start the runner.
 */
public final class ProjectRuns {

    /** Where an operation's choices go in the run folder: read by every play, like the generated variables. */
    static final String OPERATION_VARS = "inventory/group_vars/all/operation.yml";

    private final AnsibleTools tools;
    private final RunHistory history;

    /** @param runsRoot where the timestamped run folders go, usually {@code <project dir>/.esw-runs} */
    public ProjectRuns(AnsibleTools tools, Path runsRoot) {
        this.tools = tools;
        this.history = new RunHistory(runsRoot);
    }

    public static ProjectRuns forProjectFile(AnsibleTools tools, Path projectFile) {
        Path dir = projectFile.toAbsolutePath().getParent();
        return new ProjectRuns(tools, dir.resolve(RunHistory.RUNS_FOLDER));
    }

    public RunHistory history() {
        return history;
    }

    public AnsibleTools tools() {
        return tools;
    }

    /** Writes a new run folder for the project and describes the run of site.yml; nothing is started yet. */
    public RunRequest prepare(ClusterProject project, Secrets secrets, RunMode mode, List<String> limit)
            throws IOException, BundleException {
        return prepare(project, secrets, new Operation.Apply(mode, limit));
    }

    /** Writes a new run folder for the operation and describes its run; nothing is started yet. */
    public RunRequest prepare(ClusterProject project, Secrets secrets, Operation operation)
            throws IOException, BundleException {
        Map<String, Object> variables = variables(operation, project);
        RunRequest request = layOut(project, secrets, operation.mode(), operation.limit(), operation.playbook());
        if (!variables.isEmpty()) {
            PrivateFiles.writeString(request.runFolder().resolve(OPERATION_VARS),
                    variablesFile(operation.title(), variables));
        }
        return request.withTasksPlanned(PlannedTasks.estimate(tools, request, history));
    }

    /**
     * Writes a new run folder for the project and describes a run of one of its playbooks (site.yml,
     * verify.yml), without estimating its tasks; nothing is started yet.
     */
    public RunRequest layOut(ClusterProject project, Secrets secrets, RunMode mode, List<String> limit,
                             String playbook) throws IOException, BundleException {
        Optional<ClusterProject> deployed = history.lastApplied();
        Path folder = history.newRunFolder();
        List<String> privateFiles;
        try {
            // writeRunFolder wants an absent or empty folder; the new one is empty.
            privateFiles = BundleWriter.writeRunFolder(project, folder);
            ProjectFiles.save(folder.resolve(RunHistory.PROJECT_SNAPSHOT), project);
            if (deployed.isPresent()) {
                PrivateFiles.writeString(folder.resolve(InventoryGenerator.INVENTORY),
                        RetiredNodes.inventoryFile(project, deployed.get()));
            }
        } catch (IOException | BundleException | RuntimeException e) {
            deleteTree(folder);
            throw e;
        }
        return RunRequest.of(folder, mode).withPlaybook(playbook).withLimit(limit)
                .withSecrets(SecretsFile.content(project, secrets), secrets.values())
                .withExpectedHosts(limit.isEmpty() ? inventoryHosts(project) : limit)
                .withPrivateFiles(privateFiles);
    }

    public PlaybookRun start(ClusterProject project, Secrets secrets, RunMode mode, List<String> limit,
                             RunListener listener) throws IOException, BundleException, AnsibleNotFoundException {
        return start(project, secrets, new Operation.Apply(mode, limit), listener);
    }

    public PlaybookRun start(ClusterProject project, Secrets secrets, Operation operation, RunListener listener)
            throws IOException, BundleException, AnsibleNotFoundException {
        tools.requirePlaybook();
        return new PlaybookRunner(tools).start(prepare(project, secrets, operation), listener);
    }

    /** A new run of the failed and unreachable hosts of a past run. */
    public PlaybookRun retryFailed(ClusterProject project, Secrets secrets, RunSummary past, RunListener listener)
            throws IOException, BundleException, AnsibleNotFoundException {
        List<String> hosts = past.hostsToRetry();
        if (hosts.isEmpty()) {
            throw new IllegalArgumentException("That run had no failed or unreachable hosts to retry.");
        }
        return start(project, secrets, past.mode(), hosts, listener);
    }

    /**
     * Preflight on a throw-away run folder; the sudo passwords in {@code secrets} reach it the way they
     * reach a run. The history keeps its record ({@link PreflightRecord}).
     */
    public PreflightReport preflight(ClusterProject project, Secrets secrets, List<String> limit)
            throws IOException, BundleException {
        java.time.Instant started = java.time.Instant.now();
        PreflightReport report = preflightOnly(project, secrets, limit);
        PreflightRecord.write(history, project, report, limit, started);
        return report;
    }

    private PreflightReport preflightOnly(ClusterProject project, Secrets secrets, List<String> limit)
            throws IOException, BundleException {
        PrivateFiles.createFolders(history.root());
        Path folder = Files.createTempDirectory(history.root(), ".preflight-");
        try {
            Files.delete(folder);
            List<String> privateFiles = BundleWriter.writeRunFolder(project, folder);
            RunRequest request = RunRequest.of(folder, RunMode.CHECK).withLimit(limit)
                    .withSecrets(SecretsFile.content(project, secrets), secrets.values())
                    .withPrivateFiles(privateFiles);
            return new Preflight(tools).run(request);
        } finally {
            deleteTree(folder);
        }
    }

    /** The operation's choices, with the backup it takes first (BackupFirst), if any. */
    Map<String, Object> variables(Operation operation, ClusterProject project) throws IOException {
        Optional<BackupFirst.Plan> backup = BackupFirst.of(operation, history.lastApplied(), project);
        if (backup.isEmpty()) {
            return operation.variables();
        }
        Map<String, Object> vars = new java.util.LinkedHashMap<>(operation.variables());
        vars.put("es_backup_id", BackupIds.now(java.time.Clock.systemUTC()));
        vars.put("es_backup_reason", backup.get().reason());
        if (!backup.get().databases().isEmpty()) {
            vars.put("es_backup_databases", backup.get().databases());
        }
        return vars;
    }

    /** The operation's choices as a vars file of the run's inventory; every text arrives literally. */
    static String variablesFile(String title, Map<String, Object> variables) {
        Map<String, Object> vars = AnsibleYaml.map();
        variables.forEach((name, value) -> vars.put(name, literal(value)));
        return AnsibleYaml.write("Choices of this run: " + title + ".", vars);
    }

    /**
     * Passes a playbook's variables to a run laid out by {@link #layOut}, in the inventory as an
     * operation's choices are; each text arrives literally.
     */
    public static void writeVariables(RunRequest request, String title, Map<String, Object> variables)
            throws IOException {
        PrivateFiles.writeString(request.runFolder().resolve(OPERATION_VARS), variablesFile(title, variables));
    }

    private static Object literal(Object value) {
        if (value instanceof String s) {
            return AnsibleYaml.unsafe(s);
        }
        if (value instanceof List<?> list) {
            return list.stream().map(ProjectRuns::literal).toList();
        }
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> out = AnsibleYaml.map();
            map.forEach((k, v) -> out.put(String.valueOf(k), literal(v)));
            return out;
        }
        return value;
    }

    /** Every inventory host name the generator writes, in inventory order. */
    public static List<String> inventoryHosts(ClusterProject p) {
        List<String> hosts = new ArrayList<>();
        hosts.add(InventoryGenerator.DATABASE_HOST);
        p.nodes().forEach(n -> hosts.add(n.name()));
        if (p.sso().enabled()) {
            hosts.add(InventoryGenerator.IDENTITY_SERVER_HOST);
        }
        hosts.add(InventoryGenerator.LOAD_BALANCER_HOST);
        return hosts;
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> all = Files.walk(root)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
