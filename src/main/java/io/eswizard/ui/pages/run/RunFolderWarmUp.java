package io.eswizard.ui.pages.run;

import io.eswizard.bundle.BundleException;
import io.eswizard.bundle.BundleWriter;
import io.eswizard.model.ClusterProject;
import java.io.IOException;
import java.util.concurrent.Executor;

/**
 * Builds a run folder's contents once, in memory and off the UI thread, when the Run page first
 * shows. The generator's code (the YAML emitter, the playbook's file list) is then compiled before
 * a run starts, instead of competing with the run's first flood of output for the machine's cores.
 */
final class RunFolderWarmUp {

    private RunFolderWarmUp() {
    }

    static void start(Executor background, ClusterProject project) {
        background.execute(() -> {
            try {
                BundleWriter.runFolderFiles(project);
            } catch (IOException | BundleException | RuntimeException e) {
                // A project that cannot be built is reported by the run itself, when it is started.
            }
        });
    }
}
