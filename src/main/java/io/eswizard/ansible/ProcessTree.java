package io.eswizard.ansible;

import java.util.List;
import java.util.concurrent.TimeUnit;

/** Ends a process and everything it started (ansible forks workers, ssh, sudo). */
final class ProcessTree {

    private ProcessTree() {
    }

    /**
     * Asks the whole tree to stop, then forces what is still alive after the grace period. The
     * descendants are listed first: once the parent is gone they are re-parented and out of reach.
     */
    static void destroy(Process process, long graceMillis) {
        List<ProcessHandle> tree = process.descendants().toList();
        tree.forEach(ProcessHandle::destroy);
        process.destroy();
        try {
            if (!process.waitFor(graceMillis, TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
        long deadline = System.currentTimeMillis() + graceMillis;
        for (ProcessHandle h : tree) {
            if (h.isAlive()) {
                try {
                    h.onExit().get(Math.max(1, deadline - System.currentTimeMillis()), TimeUnit.MILLISECONDS);
                } catch (Exception e) {
                    h.destroyForcibly();
                }
            }
        }
    }
}
