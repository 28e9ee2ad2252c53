package io.eswizard.ui.pages.verify;

import io.eswizard.ansible.AnsibleTools;
import io.eswizard.ansible.ProjectRuns;
import io.eswizard.generate.InventoryGenerator;
import io.eswizard.model.ClusterProject;
import io.eswizard.model.Secrets;
import io.eswizard.ui.pages.run.RunContext;
import io.eswizard.ui.pages.run.RunReadiness;
import io.eswizard.verify.ClusterVerifier;
import io.eswizard.verify.VerifyCheck;
import io.eswizard.verify.VerifyReport;
import io.eswizard.verify.VerifyRun;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;

/**
 * The Verify step: runs the cluster's checks and keeps what the page shows, on the UI thread. Checks
 * arrive on the run's reader thread; they queue up and reach the UI thread in batches, one drain
 * scheduled at a time, never one hand-over per check. Needs no FX toolkit.
 */
public final class VerifyViewModel {

    /** Starts the checks; each is handed to {@code onCheck} as it comes, on another thread. */
    public interface Verifier {
        Handle start(ClusterProject project, Secrets secrets, Consumer<VerifyCheck> onCheck) throws Exception;
    }

    /** A started verify: wait for its report, or cancel it. */
    public interface Handle {
        VerifyReport await();

        void cancel();
    }

    /** Where a host stands in the checks made so far. */
    public enum TargetState { RUNNING, OK, FAILED }

    /** A node's login to the ES databases: it tells about the database server too. */
    static final String DATABASE_CHECK = "database";

    private final RunContext context;
    private final Verifier verifier;
    private final ObservableList<VerifyCheck> checks = FXCollections.observableArrayList();
    private final ObservableMap<String, TargetState> targets = FXCollections.observableMap(new LinkedHashMap<>());
    private final StringProperty status = new SimpleStringProperty("Not verified yet in this session.");
    private final SimpleBooleanProperty running = new SimpleBooleanProperty(false);
    private final SimpleIntegerProperty passed = new SimpleIntegerProperty();
    private final SimpleIntegerProperty failed = new SimpleIntegerProperty();
    private final ObjectProperty<VerifyReport> report = new SimpleObjectProperty<>();
    private final ConcurrentLinkedQueue<VerifyCheck> arriving = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean drainScheduled = new AtomicBoolean();
    private volatile Handle current;

    public VerifyViewModel(RunContext context, Verifier verifier) {
        this.context = context;
        this.verifier = verifier;
    }

    /** verify.yml through the app's runner, with folders beside the project file ({@link ClusterVerifier}). */
    public static Verifier clusterVerifier(AnsibleTools tools, RunContext context) {
        return (project, secrets, onCheck) -> {
            VerifyRun run = ClusterVerifier.forProjectFile(tools, context.projectFile().get())
                    .start(project, secrets, onCheck);
            return new Handle() {
                @Override
                public VerifyReport await() {
                    return run.await();
                }

                @Override
                public void cancel() {
                    run.cancel();
                }
            };
        };
    }

    public ObservableList<VerifyCheck> checks() {
        return checks;
    }

    /** Each inventory host the checks are about, with how its checks went so far. */
    public ObservableMap<String, TargetState> targets() {
        return targets;
    }

    public StringProperty statusProperty() {
        return status;
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running;
    }

    public ReadOnlyIntegerProperty passedProperty() {
        return passed;
    }

    public ReadOnlyIntegerProperty failedProperty() {
        return failed;
    }

    public ObjectProperty<VerifyReport> reportProperty() {
        return report;
    }

    public RunReadiness.Blocker readiness() {
        return RunReadiness.check(context, RunReadiness.Action.VERIFY);
    }

    /** Starts the checks off the UI thread; says why not in the status when something stands in the way. */
    public void start() {
        RunReadiness.Blocker blocker = readiness();
        if (running.get()) {
            return;
        }
        if (!(blocker instanceof RunReadiness.Ready)) {
            status.set(blocker.message());
            return;
        }
        ClusterProject project = context.project().get();
        Secrets secrets = context.secrets().get();
        checks.clear();
        arriving.clear();
        report.set(null);
        passed.set(0);
        failed.set(0);
        targets.clear();
        ProjectRuns.inventoryHosts(project).forEach(h -> targets.put(h, TargetState.RUNNING));
        running.set(true);
        status.set("Verifying: checking every machine as users and servers reach it…");
        context.background().execute(() -> {
            VerifyReport done;
            String failure = null;
            try {
                Handle handle = verifier.start(project, secrets, this::arrive);
                current = handle;
                done = handle.await();
            } catch (Exception e) {
                done = null;
                failure = "Verify could not run: " + RunContext.why(e);
            }
            VerifyReport finished = done;
            String why = failure;
            context.uiThread().accept(() -> finish(finished, why, project));
        });
    }

    public void cancel() {
        Handle handle = current;
        if (handle != null) {
            status.set("Cancelling…");
            handle.cancel();
        }
    }

    /** On the reader thread: queue the check, and schedule a drain unless one is pending. */
    private void arrive(VerifyCheck check) {
        arriving.add(check);
        if (drainScheduled.compareAndSet(false, true)) {
            context.uiThread().accept(this::drain);
        }
    }

    /** On the UI thread: every check that arrived, as one change of the list. */
    void drain() {
        drainScheduled.set(false);
        List<VerifyCheck> batch = new ArrayList<>();
        for (VerifyCheck c; (c = arriving.poll()) != null; ) {
            batch.add(c);
        }
        if (batch.isEmpty()) {
            return;
        }
        checks.addAll(batch);
        Map<String, TargetState> changed = new LinkedHashMap<>();
        int ok = 0;
        for (VerifyCheck c : batch) {
            ok += c.ok() ? 1 : 0;
            String target = c.target().isBlank() ? c.host() : c.target();
            if (target.isBlank()) {
                continue;
            }
            for (String host : c.check().equals(DATABASE_CHECK) ? List.of(target, InventoryGenerator.DATABASE_HOST)
                    : List.of(target)) {
                TargetState before = changed.getOrDefault(host, targets.get(host));
                changed.put(host, !c.ok() || before == TargetState.FAILED ? TargetState.FAILED : TargetState.OK);
            }
        }
        passed.set(passed.get() + ok);
        failed.set(failed.get() + batch.size() - ok);
        targets.putAll(changed);
    }

    private void finish(VerifyReport done, String failure, ClusterProject project) {
        drain();
        current = null;
        running.set(false);
        // a host no check was about stays unchecked, not green
        targets.entrySet().removeIf(e -> e.getValue() == TargetState.RUNNING);
        if (done == null) {
            status.set(failure);
            return;
        }
        report.set(done);
        status.set(summary(done, project));
    }

    /** The outcome in words: where to open the cluster, or how many checks failed. */
    static String summary(VerifyReport report, ClusterProject project) {
        if (report.passed()) {
            int port = project.loadBalancer().httpsPort();
            String suffix = port == 443 ? "" : ":" + port;
            return "Your cluster works: all " + report.checks().size() + " checks passed. Open https://"
                    + project.hostNames().store() + suffix + "/store and https://" + project.hostNames().publisher()
                    + suffix + "/publisher";
        }
        int bad = report.failed().size();
        VerifyCheck first = report.failed().get(0);
        String where = first.target().isBlank() ? first.host() : first.target();
        return bad + " of " + report.checks().size() + (report.checks().size() == 1 ? " check" : " checks")
                + " failed, the first on " + (where.isBlank() ? "this computer" : where) + ": " + first.what()
                + ". Each says what is wrong; \"Go to\" opens the setting that fixes it.";
    }
}
