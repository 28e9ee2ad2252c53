package io.eswizard.ui;

import io.eswizard.bundle.BundleWriter;
import io.eswizard.model.ClusterProject;
import io.eswizard.model.ProjectDefaults;
import io.eswizard.model.ProductPacks;
import io.eswizard.model.field.Page;
import java.nio.file.Files;
import java.util.prefs.Preferences;
import io.eswizard.validation.Problem;
import java.nio.file.Path;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.function.Consumer;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.concurrent.Task;
import javafx.scene.control.ButtonType;
import javafx.stage.Stage;

/**
 * New, open, save, save as, recent files and the recovery copy. File work runs on the
 * background executor; the project state changes on the FX thread when it is done.
 */
final class ProjectLifecycle {

    /** Where a new or opened project lands: the first page after Start. */
    static final Page FIRST_SETTINGS_PAGE = Page.CONNECTION;

    private final Stage stage;
    private final ProjectState state;
    private final ExecutorService background;
    private final FileDialogs dialogs;
    private final RecentProjects recent;
    private final Preferences preferences;
    private final RecoveryStore recovery;
    private final Consumer<Page> afterReplace;
    private final Consumer<String> status;
    private final Timeline recoveryTimer;

    /**
     * @param afterReplace shows the page a replaced project lands on
     * @param status       shows a line in the window's status line, e.g. that the project was saved
     */
    ProjectLifecycle(Stage stage, ProjectState state, ExecutorService background, WizardOptions options,
                     Consumer<Page> afterReplace, Consumer<String> status) {
        this.stage = stage;
        this.state = state;
        this.background = background;
        this.dialogs = options.fileDialogs();
        this.preferences = options.preferences();
        this.recent = new RecentProjects(options.preferences());
        this.recovery = new RecoveryStore(options.recoveryDir());
        this.afterReplace = afterReplace;
        this.status = status;
        this.recoveryTimer = new Timeline(new KeyFrame(options.recoveryInterval(), e -> writeRecoveryCopy()));
        recoveryTimer.setCycleCount(Timeline.INDEFINITE);
        recoveryTimer.play();
    }

    RecentProjects recent() {
        return recent;
    }

    void newProject(ClusterProject fresh) {
        confirmDiscard(() -> {
            state.replace(fresh, null, false);
            afterReplace.accept(FIRST_SETTINGS_PAGE);
        });
    }

    /** Asks for the archives and the folder (one dialog, remembered), then makes and saves the sandbox. */
    void newLocalSandbox() {
        confirmDiscard(() -> dialogs.sandbox(stage, SandboxChoice.remembered(preferences))
                .ifPresent(this::createSandbox));
    }

    /**
     * Every server on this machine, in the chosen folder, with the archives for the run to unpack; saved
     * as the folder's project file (runs need one), and shown on Review.
     */
    private void createSandbox(SandboxChoice choice) {
        choice.remember(preferences);
        boolean root = "root".equals(System.getProperty("user.name"));
        ClusterProject base = ProjectDefaults.localSandbox("Sandbox on this machine",
                ProjectDefaults.DEFAULT_PUBLISHERS, ProjectDefaults.DEFAULT_STORES, Path.of(choice.folder()), root);
        ClusterProject sandbox = base.withPacks(new ProductPacks(choice.esZip(), choice.isZip(),
                base.packs().jdkArchive(), base.packs().javaHome(), base.packs().startServers()));
        Path file = choice.projectFile();
        Task<Void> task = new Task<>() {
            @Override
            protected Void call() throws Exception {
                Files.createDirectories(file.getParent());
                CoreServices.save(file, sandbox);
                return null;
            }
        };
        task.setOnSucceeded(e -> {
            state.replace(sandbox, file, false);
            recent.add(file);
            afterReplace.accept(Page.REVIEW);
        });
        task.setOnFailed(e -> Dialogs.error(stage, "Cannot create the sandbox in " + choice.folder(),
                task.getException().getMessage()));
        background.execute(task);
    }

    void open() {
        confirmDiscard(() -> dialogs.projectToOpen(stage).ifPresent(this::load));
    }

    void open(Path file) {
        confirmDiscard(() -> load(file));
    }

    private void load(Path file) {
        Task<ClusterProject> task = new Task<>() {
            @Override
            protected ClusterProject call() throws Exception {
                return CoreServices.load(file);
            }
        };
        task.setOnSucceeded(e -> {
            state.replace(task.getValue(), file, false);
            recent.add(file);
            afterReplace.accept(FIRST_SETTINGS_PAGE);
        });
        task.setOnFailed(e -> Dialogs.error(stage, "Cannot open " + file.getFileName(),
                task.getException().getMessage()));
        background.execute(task);
    }

    void save(Consumer<Boolean> done) {
        Path file = state.fileProperty().get();
        if (file == null) {
            saveAs(done);
        } else {
            saveTo(file, done);
        }
    }

    void saveAs(Consumer<Boolean> done) {
        Optional<Path> target = dialogs.projectToSave(stage, state.project().name());
        if (target.isPresent()) {
            saveTo(target.get(), done);
        } else {
            done.accept(false);
        }
    }

    private void saveTo(Path file, Consumer<Boolean> done) {
        ClusterProject snapshot = state.project();
        Task<Void> task = new Task<>() {
            @Override
            protected Void call() throws Exception {
                CoreServices.save(file, snapshot);
                return null;
            }
        };
        task.setOnSucceeded(e -> {
            state.markSaved(file, snapshot);
            recent.add(file);
            recovery.discard();
            status.accept("Saved to " + file + " at "
                    + LocalTime.now().truncatedTo(ChronoUnit.SECONDS).format(DateTimeFormatter.ISO_LOCAL_TIME) + ".");
            done.accept(true);
        });
        task.setOnFailed(e -> {
            Dialogs.error(stage, "Cannot save " + file.getFileName(), task.getException().getMessage());
            done.accept(false);
        });
        background.execute(task);
    }

    void exportBundle(boolean zip) {
        ClusterProject snapshot = state.project();
        // like the command line's export: a project with errors gives no bundle
        List<Problem> errors = CoreServices.validate(snapshot).stream().filter(Problem::isError).toList();
        if (!errors.isEmpty()) {
            Dialogs.error(stage, "Cannot export the bundle", "Fix the " + errors.size()
                    + (errors.size() == 1 ? " error" : " errors") + " listed on the Review page first. First: "
                    + errors.get(0).message());
            return;
        }
        String name = snapshot.name().replaceAll("[^A-Za-z0-9._-]+", "-") + "-bundle";
        Optional<Path> chosen = dialogs.exportTarget(stage, name, zip);
        if (chosen.isEmpty()) {
            return;
        }
        // a folder choice names the bundle's own folder, made by the export
        Path target = chosen.get();
        if (!zip && Files.isDirectory(target) && !isEmptyFolder(target)) {
            Dialogs.error(stage, "Cannot export the bundle", target + " already holds files. Type the name of a "
                    + "new folder (the export makes it), or choose an empty one.");
            return;
        }
        Task<Void> task = new Task<>() {
            @Override
            protected Void call() throws Exception {
                BundleWriter.export(snapshot, target, BundleWriter.ExportOptions.plain(zip, zip));
                return null;
            }
        };
        task.setOnSucceeded(e -> {
            status.accept("Bundle exported to " + target + ".");
            Dialogs.info(stage, "Bundle exported",
                    "Written to " + target + ". Its README says how to run it with ansible-playbook.");
        });
        task.setOnFailed(e -> Dialogs.error(stage, "Cannot export the bundle", task.getException().getMessage()));
        background.execute(task);
    }

    private static boolean isEmptyFolder(Path folder) {
        try (var entries = Files.list(folder)) {
            return entries.findAny().isEmpty();
        } catch (java.io.IOException e) {
            return false;
        }
    }

    /** Runs the action when there are no unsaved changes, or after asking Save / Discard / Cancel. */
    void confirmDiscard(Runnable proceed) {
        if (!state.isDirty()) {
            proceed.run();
            return;
        }
        Optional<ButtonType> answer = Dialogs.askToSave(stage, state.project().name());
        if (answer.isEmpty() || answer.get() == ButtonType.CANCEL) {
            return;
        }
        if (answer.get() == Dialogs.SAVE) {
            save(saved -> {
                if (saved) {
                    proceed.run();
                }
            });
        } else {
            proceed.run();
        }
    }

    /** Writes the recovery copy if there are unsaved changes; the timer calls it. */
    private void writeRecoveryCopy() {
        if (!state.isDirty()) {
            return;
        }
        ClusterProject snapshot = state.project();
        background.execute(() -> {
            try {
                recovery.write(snapshot);
            } catch (Exception e) {
                // the recovery copy is a convenience; saving still works
            }
        });
    }

    void offerRecovery() {
        recovery.find().ifPresent(file -> {
            if (!Dialogs.askToRestore(stage)) {
                recovery.discard();
                return;
            }
            Task<ClusterProject> task = new Task<>() {
                @Override
                protected ClusterProject call() throws Exception {
                    return CoreServices.load(file);
                }
            };
            task.setOnSucceeded(e -> {
                state.replace(task.getValue(), null, true);
                afterReplace.accept(FIRST_SETTINGS_PAGE);
            });
            task.setOnFailed(e -> Dialogs.error(stage, "Cannot restore the recovery copy",
                    task.getException().getMessage()));
            background.execute(task);
        });
    }

    /** The window closes by the admin's choice: the recovery copy is no longer needed. */
    void closing() {
        recoveryTimer.stop();
        recovery.discard();
    }
}
