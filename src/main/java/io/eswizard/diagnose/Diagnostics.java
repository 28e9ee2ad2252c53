package io.eswizard.diagnose;

import io.eswizard.ansible.AnsibleNotFoundException;
import io.eswizard.ansible.AnsibleTools;
import io.eswizard.ansible.PlaybookRunner;
import io.eswizard.ansible.ProjectRuns;
import io.eswizard.ansible.RunListener;
import io.eswizard.ansible.RunMode;
import io.eswizard.ansible.RunRequest;
import io.eswizard.ansible.StagingFolder;
import io.eswizard.bundle.BundleException;
import io.eswizard.model.ClusterProject;
import io.eswizard.model.Secrets;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * A diagnostics bundle of a project: runs the bundled diagnose.yml with the app's runner, which
 * brings one zip from each machine it reaches into a private staging folder, then writes the ZIP
 * file or folder asked for with every file masked ({@link Masker}), the project's own files from
 * this machine and a README.txt. The command line and the wizard both start it here.
 */
public final class Diagnostics {

    public static final String PLAYBOOK = "diagnose.yml";
    /** Next to the project file, like the runs' {@code .esw-runs}: the gathering runs' logs. */
    public static final String RUNS_FOLDER = ".esw-diagnose";
    /** diagnose.yml's tasks per host, for progress. */
    static final int TASKS = 10;

    private final AnsibleTools tools;
    private final Path projectFile;

    public Diagnostics(AnsibleTools tools, Path projectFile) {
        this.tools = tools;
        this.projectFile = projectFile.toAbsolutePath();
    }

    /** Refuses an output that exists or whose folder does not, before anything runs. */
    public static Path checkTarget(Path out) {
        return BundleSink.check(out);
    }

    /**
     * Starts gathering and returns at once; the listener hears the run's events on its reader thread.
     *
     * @param command how the bundle was asked for, for its README (never holds a password)
     */
    public DiagnoseRun start(ClusterProject project, Secrets secrets, Path out, String command, RunListener listener)
            throws IOException, BundleException, AnsibleNotFoundException {
        tools.requirePlaybook();
        Path target = checkTarget(out);
        Path staging = StagingFolder.create();
        try {
            ProjectRuns runs = new ProjectRuns(tools, projectFile.getParent().resolve(RUNS_FOLDER));
            List<String> hosts = ProjectRuns.inventoryHosts(project);
            RunRequest request = runs.layOut(project, secrets, RunMode.APPLY, List.of(), PLAYBOOK)
                    .withTasksPlanned(TASKS * hosts.size());
            ProjectRuns.writeVariables(request, "Diagnostics", Map.of("es_diagnose_dest", staging.toString()));
            MachineEvents events = new MachineEvents(listener);
            var run = new PlaybookRunner(tools).start(request, events);
            BundleAssembly assembly = new BundleAssembly(project, projectFile, secrets, staging, command);
            return new DiagnoseRun(run, events, assembly, target, staging);
        } catch (IOException | BundleException | AnsibleNotFoundException | RuntimeException e) {
            StagingFolder.delete(staging);
            throw e;
        }
    }
}
