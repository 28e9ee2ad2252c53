package io.eswizard.e2e;

import io.eswizard.ansible.RunMode;
import io.eswizard.ansible.RunRequest;
import io.eswizard.bundle.BundleException;
import io.eswizard.bundle.BundleWriter;
import io.eswizard.generate.SecretsFile;
import io.eswizard.model.ClusterProject;
import io.eswizard.model.IsLayout;
import io.eswizard.model.Secrets;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The end-to-end sandbox for code outside this package (benchmarks): a cluster of any size on this
 * machine's loopback addresses with the stand-in servers, the Identity Server running, and a run
 * folder whose inventory writes a private hosts file. Closing it stops the stand-ins, drops the
 * project's databases, puts NGINX's and MariaDB's configuration back and deletes its folder.
 * Whoever uses it holds the machine lock.
 */
public final class LoopbackCluster implements AutoCloseable {

    private final MachineState machine;
    private final E2ESandbox sandbox;
    private final Path runFolder;

    private LoopbackCluster(MachineState machine, E2ESandbox sandbox, Path runFolder) {
        this.machine = machine;
        this.sandbox = sandbox;
        this.runFolder = runFolder;
    }

    /** Builds the sandbox and its run folder; nothing runs yet. */
    public static LoopbackCluster create(String name, int publishers, int stores)
            throws IOException, InterruptedException, BundleException {
        E2EPrerequisites.stopLeftoverStandIns();
        MachineState machine = MachineState.take();
        Path root = E2EPrerequisites.tempRoot("esw-e2e-" + name + "-");
        E2ESandbox sandbox = null;
        try {
            sandbox = new E2ESandbox(root, IsLayout.IS_5_1_0, name, publishers, stores);
            StandIns.command(Path.of(sandbox.project.sso().isHome()), "start");
            Path runFolder = root.resolve("run");
            BundleWriter.writeRunFolder(sandbox.project, runFolder);
            Files.writeString(runFolder.resolve("inventory/group_vars/all/e2e-test.yml"),
                    "---\nes_hosts_file: '" + sandbox.hostsFile.toString().replace("'", "''") + "'\n");
            return new LoopbackCluster(machine, sandbox, runFolder);
        } catch (IOException | InterruptedException | BundleException | RuntimeException e) {
            try {
                SandboxCleanup.leaveNothingBehind(machine, sandbox == null ? null : sandbox.project, root);
            } catch (Exception suppressed) {
                e.addSuppressed(suppressed);
            }
            throw e;
        }
    }

    public ClusterProject project() {
        return sandbox.project;
    }

    public Path runFolder() {
        return runFolder;
    }

    /** A run of one of the run folder's playbooks with the sandbox's passwords. */
    public RunRequest request(String playbook, RunMode mode) {
        String secrets = SecretsFile.content(sandbox.project, new Secrets(E2ESandbox.HOSTILE_PASSWORD, ""));
        return RunRequest.of(runFolder, mode).withPlaybook(playbook)
                .withSecrets(secrets, List.of(E2ESandbox.HOSTILE_PASSWORD));
    }

    @Override
    public void close() throws Exception {
        SandboxCleanup.leaveNothingBehind(machine, sandbox.project, sandbox.root);
    }
}
