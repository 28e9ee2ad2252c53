package io.eswizard.e2e;

import io.eswizard.model.ClusterProject;
import java.nio.file.Path;

/** What a suite on the one-machine sandbox leaves: its servers, databases, NGINX and MariaDB files, folder. */
final class SandboxCleanup {

    private SandboxCleanup() {
    }

    /** Stops the stand-ins, drops the databases, puts the machine back and deletes the folder; nulls are skipped. */
    static void leaveNothingBehind(MachineState machine, ClusterProject project, Path root) throws Exception {
        try {
            if (project != null) {
                StandIns.stopAll(project);
                LabDatabase.dropProjectData(E2EPrerequisites::localSql, project);
            }
        } finally {
            if (machine != null) {
                machine.restore();
            }
            if (root != null) {
                E2ESandbox.deleteTree(root);
            }
        }
    }
}
