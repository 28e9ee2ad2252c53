package io.eswizard.ui.pages.run;

import io.eswizard.ansible.AnsibleTools;
import io.eswizard.ansible.HostState;
import io.eswizard.ansible.RunHistory;
import io.eswizard.ansible.RunMode;
import io.eswizard.ansible.RunSummary;
import io.eswizard.ansible.TaskResult;
import io.eswizard.ui.WizardContext;
import io.eswizard.ui.pages.WizardPage;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.application.Platform;
import javafx.collections.MapChangeListener;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextField;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.util.Duration;

/**
 * The Run page: preflight, dry run with diffs, run, cancel, retry failed hosts; a live log that
 * follows the end unless scrolled up, a host status grid, progress, failures linked to the
 * wizard field they most likely come from, and the run history.
 */
public final class RunPage extends WizardPage {

    private final WizardContext context;
    private final RunViewModel vm;
    private final ListView<String> logView = new ListView<>() {
        @Override
        protected void layoutChildren() {
            super.layoutChildren();
            followTheEnd();
        }
    };
    private final FlowPane hostGrid = new FlowPane(6, 6);
    private final Map<String, Label> hostChips = new LinkedHashMap<>();
    /** Style class prefix of a host label's state (wizard.css colours them). */
    static final String HOST_STATE_CLASS = "esw-host-";
    private final ListView<TaskResult> failureList = new ListView<>();
    private final ListView<RunHistory.PastRun> historyList = new ListView<>();
    private boolean followEnd = true;
    private boolean logWarmedUp;

    public RunPage(WizardContext context) {
        this(context, AnsibleTools.onPath());
    }

    /** With other Ansible tools (tests use fake scripts). */
    public RunPage(WizardContext context, AnsibleTools tools) {
        this.context = context;
        this.vm = new RunViewModel(context.state()::project, () -> context.state().secretsProperty().get(),
                () -> context.state().fileProperty().get(), context.background(), Platform::runLater, tools);
    }

    public RunViewModel viewModel() {
        return vm;
    }

    @Override
    public boolean hasSettings() {
        return false;
    }

    @Override
    public void onShow() {
        vm.showProjectHosts();
        vm.refreshHistory();
        if (!logWarmedUp && vm.log().isEmpty()) {
            logWarmedUp = true;
            LogWarmUp.run(logView);
            vm.prepareAhead();
        }
    }

    @Override
    protected Node build() {
        Label title = new Label("Run");
        title.getStyleClass().add("esw-page-title");
        BorderPane root = new BorderPane();
        root.getStyleClass().add("esw-page");
        root.setPadding(new Insets(8));
        Label intro = new Label("Run the bundled Ansible playbook against your machines. Start with Preflight "
                + "(can Ansible reach every machine?), then Dry run to see what would change, then Run. "
                + "Every run is kept with its full log under the project's run folder.");
        intro.getStyleClass().add("esw-page-intro");
        intro.setWrapText(true);
        root.setTop(new VBox(6, title, intro, buttons(), progressRow(), hostGrid));
        root.setCenter(logPane());
        root.setRight(sidePane());
        Label status = new Label();
        status.setId("runStatus");
        status.setWrapText(true);
        status.textProperty().bind(vm.statusProperty());
        root.setBottom(status);
        bindHostGrid();
        vm.showProjectHosts();
        Timeline clock = new Timeline(new KeyFrame(Duration.seconds(1), e -> vm.tick()));
        clock.setCycleCount(Timeline.INDEFINITE);
        vm.runningProperty().addListener((o, was, now) -> {
            if (now) {
                followEnd = true;
                clock.play();
            } else {
                clock.stop();
            }
        });
        return root;
    }

    private HBox buttons() {
        Button preflight = button("preflightButton", "Preflight", vm::preflight);
        Button dryRun = button("dryRunButton", "Dry run", () -> vm.run(RunMode.CHECK));
        Button run = button("runButton", "Run", () -> vm.run(RunMode.APPLY));
        Button cancel = button("cancelButton", "Cancel", vm::cancel);
        Button retry = button("retryButton", "Retry failed hosts", () -> vm.retryFailed(selectedOrLastSummary()));
        Button diffs = button("diffsButton", "Show diffs", () -> DiffViewer.show(logView.getScene().getWindow(),
                vm.diffs()));
        preflight.disableProperty().bind(vm.busyProperty());
        dryRun.disableProperty().bind(vm.busyProperty());
        run.disableProperty().bind(vm.busyProperty());
        cancel.disableProperty().bind(vm.runningProperty().not());
        retry.disableProperty().bind(vm.busyProperty().or(vm.lastSummaryProperty().isNull()
                .and(historyList.getSelectionModel().selectedItemProperty().isNull())));
        diffs.disableProperty().bind(javafx.beans.binding.Bindings.isEmpty(vm.diffs()));
        return new HBox(6, preflight, dryRun, run, cancel, retry, diffs);
    }

    private RunSummary selectedOrLastSummary() {
        RunHistory.PastRun selected = historyList.getSelectionModel().getSelectedItem();
        if (selected != null && selected.summary().isPresent()) {
            return selected.summary().get();
        }
        return vm.lastSummaryProperty().get();
    }

    private static Button button(String id, String text, Runnable action) {
        Button b = new Button(text);
        b.setId(id);
        b.setOnAction(e -> action.run());
        return b;
    }

    private HBox progressRow() {
        ProgressBar bar = new ProgressBar(0);
        bar.setId("runProgress");
        bar.setPrefWidth(300);
        bar.progressProperty().bind(vm.progressProperty());
        Label task = new Label();
        task.setId("currentTask");
        task.textProperty().bind(vm.currentTaskProperty());
        Label elapsed = new Label();
        elapsed.setId("elapsed");
        elapsed.textProperty().bind(vm.elapsedProperty());
        return new HBox(10, bar, elapsed, task);
    }

    private VBox logPane() {
        logView.setId("runLog");
        logView.setPlaceholder(new Label("Ansible's output appears here while it runs."));
        failureList.setPlaceholder(new Label("No failures."));
        historyList.setPlaceholder(new Label("No runs yet."));
        logView.setItems(vm.log());
        logView.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        logView.getStyleClass().add("esw-run-log");
        // Scrolling up stops following the end; scrolling back to the bottom resumes it.
        logView.addEventFilter(ScrollEvent.SCROLL, e -> Platform.runLater(() -> followEnd = atEnd()));
        TextField search = new TextField();
        search.setId("logSearch");
        search.setPromptText("Search the log (Enter for next)");
        search.setOnAction(e -> findNext(search.getText()));
        Button copy = button("copyLog", "Copy", this::copy);
        Button save = button("saveLog", "Save log…", this::save);
        HBox tools = new HBox(6, search, copy, save);
        HBox.setHgrow(search, Priority.ALWAYS);
        VBox box = new VBox(6, tools, logView);
        VBox.setVgrow(logView, Priority.ALWAYS);
        return box;
    }

    private boolean atEnd() {
        VirtualFlow<?> flow = (VirtualFlow<?>) logView.lookup(".virtual-flow");
        if (flow == null || flow.getLastVisibleCell() == null) {
            return true;
        }
        return flow.getLastVisibleCell().getIndex() >= vm.log().size() - 1;
    }

    /**
     * While following, puts the view at the very end after each layout of the list (new lines lay
     * it out). Scrolling to the last index from a change listener ran before the list had counted
     * the new lines and left the view a batch behind; the list's scrollTo could also land a line short.
     */
    private void followTheEnd() {
        int end = vm.log().size() - 1;
        if (followEnd && end >= 0 && logView.lookup(".virtual-flow") instanceof VirtualFlow<?> flow) {
            var last = flow.getLastVisibleCell();
            if (last == null || last.getIndex() < end) {
                flow.setPosition(1);
            }
        }
    }

    /** Selects the next line containing the text (case-insensitive), wrapping around. */
    int findNext(String text) {
        if (text == null || text.isBlank()) {
            return -1;
        }
        String needle = text.toLowerCase(Locale.ROOT);
        int size = vm.log().size();
        int from = logView.getSelectionModel().getSelectedIndex() + 1;
        for (int k = 0; k < size; k++) {
            int i = (from + k) % size;
            if (vm.log().get(i).toLowerCase(Locale.ROOT).contains(needle)) {
                followEnd = false;
                logView.getSelectionModel().clearAndSelect(i);
                logView.scrollTo(Math.max(0, i - 3));
                return i;
            }
        }
        return -1;
    }

    private void copy() {
        var selected = logView.getSelectionModel().getSelectedItems();
        String text = String.join("\n", selected.isEmpty() ? vm.log() : selected);
        ClipboardContent content = new ClipboardContent();
        content.putString(text);
        Clipboard.getSystemClipboard().setContent(content);
    }

    private void save() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Save the run log");
        chooser.setInitialFileName("ansible-run.log");
        var target = chooser.showSaveDialog(logView.getScene().getWindow());
        if (target == null) {
            return;
        }
        vm.saveLog(target.toPath());
    }

    private VBox sidePane() {
        failureList.setId("failures");
        failureList.setItems(vm.failures());
        failureList.setCellFactory(v -> new FailureCell());
        historyList.setId("runHistory");
        historyList.setItems(vm.history());
        historyList.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(RunHistory.PastRun r, boolean empty) {
                super.updateItem(r, empty);
                setText(empty || r == null ? null : r.name() + "  " + r.summary().map(s -> s.mode().name()
                        .toLowerCase(Locale.ROOT) + " " + s.outcome().name().toLowerCase(Locale.ROOT) + " (exit "
                        + s.exitCode() + ")").orElse("unfinished"));
            }
        });
        SplitPane split = new SplitPane(titled("Failures", failureList), titled("Past runs", historyList));
        split.setOrientation(javafx.geometry.Orientation.VERTICAL);
        VBox side = new VBox(split);
        VBox.setVgrow(split, Priority.ALWAYS);
        side.setPrefWidth(380);
        return side;
    }

    private static VBox titled(String title, Node content) {
        VBox box = new VBox(4, new Label(title), content);
        VBox.setVgrow(content, Priority.ALWAYS);
        return box;
    }

    /** A failure with its message and, when known, a link to the wizard field behind it. */
    private final class FailureCell extends ListCell<TaskResult> {
        @Override
        protected void updateItem(TaskResult f, boolean empty) {
            super.updateItem(f, empty);
            if (empty || f == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            Label head = new Label(f.host() + " — " + f.task() + " (" + f.status().word() + ")");
            head.setStyle("-fx-font-weight: bold; -fx-text-fill: #b00020;");
            Label msg = new Label(f.error().lines().limit(6).collect(Collectors.joining("\n")));
            msg.setWrapText(true);
            msg.setMaxWidth(340);
            VBox box = new VBox(2, head, msg);
            FieldLinks.fieldFor(f, context.state().project()).ifPresent(field -> {
                Hyperlink link = new Hyperlink("Go to " + field);
                link.setOnAction(e -> context.actions().goToField(field));
                box.getChildren().add(link);
            });
            setText(null);
            setGraphic(box);
        }
    }

    /**
     * One label per host, built when the host list changes; a state change only retexts and
     * restyles its own label (rebuilding the grid on every change cost a flood's first frames).
     */
    private void bindHostGrid() {
        hostGrid.setId("hostGrid");
        vm.hosts().addListener((javafx.collections.ListChangeListener<String>) this::hostsChanged);
        vm.hostStates().addListener((MapChangeListener<String, HostState>) c -> {
            Label chip = hostChips.get(c.getKey());
            if (chip != null) {
                showState(chip, c.getKey(), vm.hostStates().getOrDefault(c.getKey(), HostState.WAITING));
            }
        });
        rebuildHosts();
    }

    /** Hosts a run reports beyond the expected ones arrive one by one: each gets its label added. */
    private void hostsChanged(javafx.collections.ListChangeListener.Change<? extends String> c) {
        boolean onlyAppended = true;
        while (c.next()) {
            onlyAppended &= c.wasAdded() && !c.wasRemoved() && !c.wasPermutated() && c.getFrom() == hostChips.size();
            if (onlyAppended) {
                c.getAddedSubList().forEach(h -> hostGrid.getChildren().add(newChip(h)));
            }
        }
        if (!onlyAppended) {
            rebuildHosts();
        }
    }

    private void rebuildHosts() {
        hostChips.clear();
        hostGrid.getChildren().setAll(vm.hosts().stream().map(this::newChip).toList());
    }

    private Label newChip(String host) {
        Label chip = new Label();
        chip.setId("host-" + host);
        chip.getStyleClass().add("esw-host");
        showState(chip, host, vm.hostStates().getOrDefault(host, HostState.WAITING));
        hostChips.put(host, chip);
        return chip;
    }

    private static void showState(Label chip, String host, HostState state) {
        String word = state.name().toLowerCase(Locale.ROOT);
        chip.setText(host + ": " + word);
        chip.getStyleClass().removeIf(c -> c.startsWith(HOST_STATE_CLASS));
        chip.getStyleClass().add(HOST_STATE_CLASS + word);
    }
}
