package io.eswizard.ui.pages.run;

import io.eswizard.ansible.AnsibleTools;
import io.eswizard.ansible.RunListener;
import io.eswizard.diagnose.Diagnostics;
import io.eswizard.diagnose.DiagnosticsResult;
import io.eswizard.model.ClusterProject;
import io.eswizard.ui.Dialogs;
import io.eswizard.ui.WizardContext;
import io.eswizard.ui.components.Icons;
import java.io.File;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.stream.Collectors;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.MenuItem;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.kordamp.ikonli.feather.Feather;

/**
 * Collect diagnostics… on the Run and Verify pages: asks where to save the ZIP file, then makes the
 * bundle in the background with the same core as {@code es-cluster-wizard diagnose} ({@link Diagnostics})
 * and says where it is and which machines it had to leave out.
 */
public final class DiagnosticsAction {

    static final String DOES = "Gathers what explains a problem from every machine (the files the playbook writes, "
            + "the end of the logs, versions, states) and this project's runs into one ZIP file to send to "
            + "whoever helps. Every password is masked; README.txt inside lists what it holds.";

    private final WizardContext context;
    private final AnsibleTools tools;
    private final ActionGate gate;
    private final BiFunction<Window, String, Optional<Path>> chooseTarget;
    private final SimpleBooleanProperty running = new SimpleBooleanProperty(false);

    public DiagnosticsAction(WizardContext context, AnsibleTools tools, ActionGate gate) {
        this(context, tools, gate, DiagnosticsAction::saveDialog);
    }

    /** With another way to choose the ZIP file (tests cannot drive the platform's dialog). */
    public DiagnosticsAction(WizardContext context, AnsibleTools tools, ActionGate gate,
                             BiFunction<Window, String, Optional<Path>> chooseTarget) {
        this.context = context;
        this.tools = tools;
        this.gate = gate;
        this.chooseTarget = chooseTarget;
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running;
    }

    public Button button(RunReadiness.Action action) {
        Button b = new Button("Collect _diagnostics…");
        b.setId("diagnoseButton");
        Icons.on(b, Feather.PACKAGE);
        b.setOnAction(e -> collect(b, action));
        b.disableProperty().bind(running);
        gate.explain(b, action, DOES);
        return b;
    }

    public MenuItem menuItem(Node owner, RunReadiness.Action action) {
        MenuItem item = new MenuItem("Collect diagnostics…");
        item.setId("diagnoseItem");
        item.setOnAction(e -> collect(owner, action));
        item.disableProperty().bind(running);
        return item;
    }

    void collect(Node owner, RunReadiness.Action action) {
        gate.attempt(owner, action, () -> {
            Path projectFile = context.state().fileProperty().get();
            ClusterProject project = context.state().project();
            String name = project.name() + "-diagnostics-" + LocalDate.now() + ".zip";
            chooseTarget.apply(owner.getScene().getWindow(), name).ifPresent(out -> start(owner, projectFile, project,
                    out));
        });
    }

    private void start(Node owner, Path projectFile, ClusterProject project, Path out) {
        Window window = owner.getScene().getWindow();
        try {
            Diagnostics.checkTarget(out);
        } catch (IllegalArgumentException e) {
            Dialogs.error(window, "No diagnostics bundle", e.getMessage());
            return;
        }
        var secrets = context.state().secretsProperty().get();
        String command = "Collect diagnostics… in the wizard, the same as: es-cluster-wizard diagnose " + projectFile
                + " --out " + out;
        running.set(true);
        context.background().submit(() -> {
            try {
                DiagnosticsResult r = new Diagnostics(tools, projectFile).start(project, secrets, out, command,
                        RunListener.NONE).await();
                Platform.runLater(() -> {
                    running.set(false);
                    Dialogs.info(window, "Diagnostics bundle written", message(r));
                });
            } catch (Exception e) {
                Platform.runLater(() -> {
                    running.set(false);
                    Dialogs.error(window, "No diagnostics bundle", RunContext.why(e));
                });
            }
        });
    }

    static String message(DiagnosticsResult r) {
        String missing = r.missing().stream().map(m -> m.host() + " (" + m.address() + "): " + m.why())
                .collect(Collectors.joining("\n"));
        return r.bundle() + "\n\nREADME.txt inside lists what it holds; every password is masked."
                + (missing.isEmpty() ? "" : "\n\nNot gathered:\n" + missing);
    }

    private static Optional<Path> saveDialog(Window owner, String suggestedName) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Save the diagnostics bundle");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Zip archives", "*.zip"));
        chooser.setInitialFileName(suggestedName);
        return Optional.ofNullable(chooser.showSaveDialog(owner)).map(File::toPath);
    }
}
