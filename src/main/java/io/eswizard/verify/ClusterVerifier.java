package io.eswizard.verify;

import io.eswizard.ansible.AnsibleNotFoundException;
import io.eswizard.ansible.AnsibleTools;
import io.eswizard.ansible.PlaybookRunner;
import io.eswizard.ansible.ProjectRuns;
import io.eswizard.ansible.RunMode;
import io.eswizard.ansible.RunRequest;
import io.eswizard.bundle.BundleException;
import io.eswizard.model.ClusterProject;
import io.eswizard.model.Secrets;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

/**
 * Proves a configured cluster works: runs the bundle's verify.yml (ansible/verify.yml, the same
 * play an exported bundle runs) with the app's runner, and reads each check from its events.
 * Verify runs get folders of their own, beside the project's runs, so they stay out of the run history.
 */
public final class ClusterVerifier {

    public static final String PLAYBOOK = "verify.yml";
    /** Next to the project file, like the runs' {@code .esw-runs}. */
    public static final String RUNS_FOLDER = ".esw-verify";
    /** verify.yml's task count (node, load balancer, Identity Server and summary tasks), for progress. */
    static final int TASKS = 7;

    private final AnsibleTools tools;
    private final ProjectRuns runs;

    /** @param runsRoot where the timestamped verify folders go */
    public ClusterVerifier(AnsibleTools tools, Path runsRoot) {
        this.tools = tools;
        this.runs = new ProjectRuns(tools, runsRoot);
    }

    public static ClusterVerifier forProjectFile(AnsibleTools tools, Path projectFile) {
        return new ClusterVerifier(tools, projectFile.toAbsolutePath().getParent().resolve(RUNS_FOLDER));
    }

    /**
     * Starts verify.yml against the project's inventory and returns at once; each check is handed to
     * {@code onCheck} as it comes, on the run's reader thread.
     */
    public VerifyRun start(ClusterProject project, Secrets secrets, Consumer<VerifyCheck> onCheck)
            throws IOException, BundleException, AnsibleNotFoundException {
        tools.requirePlaybook();
        RunRequest request = runs.layOut(project, secrets, RunMode.APPLY, List.of(), PLAYBOOK).withTasksPlanned(TASKS);
        VerifyCollector collector = new VerifyCollector(project, onCheck);
        return new VerifyRun(new PlaybookRunner(tools).start(request, collector), collector);
    }
}
