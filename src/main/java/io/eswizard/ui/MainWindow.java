package io.eswizard.ui;

import io.eswizard.model.ClusterProject;
import io.eswizard.model.ProjectDefaults;
import io.eswizard.ui.components.Banner;
import io.eswizard.ui.pages.WizardPage;
import io.eswizard.validation.Problem;
import impl.org.controlsfx.skin.DecorationPane;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import javafx.animation.PauseTransition;
import javafx.beans.binding.Bindings;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.util.Duration;

/**
 * The wizard window: menu, step list, the current page, the banner and Back/Next. Validates
 * the project as it changes and keeps the pages and the step list in step with the findings.
 */
public final class MainWindow implements ProjectActions {

    static final String APP_NAME = "ES Cluster Wizard";
    private static final int CONNECTION_PAGE = 1;

    private final Stage stage;
    private final ProjectState state;
    private final ExecutorService background = Executors.newFixedThreadPool(2, r -> {
        Thread t = new Thread(r, "wizard-background");
        t.setDaemon(true);
        return t;
    });
    private final List<WizardStep> steps = WizardSteps.all();
    private final List<WizardPage> pages = new ArrayList<>();
    private final Set<Integer> visited = new HashSet<>();
    private final Set<Integer> warningsAccepted = new HashSet<>();
    private final IntegerProperty current = new SimpleIntegerProperty(-1);
    private final PauseTransition validation = new PauseTransition(Duration.millis(150));
    private final ProjectLifecycle lifecycle;

    private final Banner banner = new Banner();
    private final ScrollPane pageHolder = new ScrollPane();
    private final Button back = new Button("_Back");
    private final Button next = new Button("_Next");
    private final Button save = new Button("_Save");
    private StepList stepList;

    public MainWindow(Stage stage, WizardOptions options) {
        this.stage = stage;
        this.state = new ProjectState(newReferenceProject());
        this.lifecycle = new ProjectLifecycle(stage, state, background, options, this::afterProjectReplaced);
        WizardContext context = new WizardContext(state, background, this);
        for (WizardStep step : steps) {
            pages.add(step.factory().apply(context));
        }
        // ControlsFX decorations need a DecorationPane as scene root; giving it one up front avoids a
        // root swap (and broken CSS lookups) on the first decorated field
        DecorationPane decorations = new DecorationPane();
        decorations.setRoot(layout());
        stage.setScene(new Scene(decorations, 1280, 800));
        stage.getScene().getStylesheets().add(MainWindow.class.getResource("wizard.css").toExternalForm());
        stage.setMinWidth(900);
        stage.setMinHeight(600);
        AppIcons.applyTo(stage);
        bind();
        showPage(0);
        // the first validation waits for the debounce: the first page shows sooner
        validation.playFromStart();
    }

    static ClusterProject newReferenceProject() {
        return ProjectDefaults.reference("New cluster", ProjectDefaults.DEFAULT_PUBLISHERS,
                ProjectDefaults.DEFAULT_STORES);
    }

    private BorderPane layout() {
        stepList = new StepList(steps, this::stateOf, this::showPage);
        pageHolder.setFitToWidth(true);
        pageHolder.setId("page-holder");
        pageHolder.getStyleClass().add("esw-page-holder");
        back.setId("back");
        next.setId("next");
        save.setId("save");
        next.setDefaultButton(true);
        back.setTooltip(new Tooltip("The previous page (Alt+B)"));
        next.setTooltip(new Tooltip("The next page (Enter or Alt+N)"));
        save.setTooltip(new Tooltip("Save the project (Ctrl+S)"));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox buttons = new HBox(save, spacer, back, next);
        buttons.getStyleClass().add("esw-nav-bar");
        VBox center = new VBox(banner, pageHolder, buttons);
        VBox.setVgrow(pageHolder, Priority.ALWAYS);
        BorderPane root = new BorderPane(center);
        root.setTop(menuBar());
        root.setLeft(stepList);
        root.getStyleClass().add("esw-root");
        return root;
    }

    private MenuBar menuBar() {
        MenuItem newItem = item("_New project", "Shortcut+N", this::newProject);
        MenuItem sandbox = item("New _sandbox on this machine", null, this::newLocalSandbox);
        MenuItem open = item("_Open…", "Shortcut+O", this::open);
        Menu recent = new Menu("Open _recent");
        recent.setOnShowing(e -> fillRecent(recent));
        recent.getItems().add(new MenuItem("(none)"));
        MenuItem saveItem = item("_Save", "Shortcut+S", () -> save(ok -> { }));
        MenuItem saveAs = item("Save _as…", "Shortcut+Shift+S", () -> saveAs(ok -> { }));
        MenuItem quit = item("_Quit", "Shortcut+Q", this::requestClose);
        Menu file = new Menu("_File", null, newItem, sandbox, open, recent, new SeparatorMenuItem(), saveItem, saveAs,
                new SeparatorMenuItem(), quit);
        file.setId("menu-file");
        return new MenuBar(file);
    }

    private void fillRecent(Menu recent) {
        recent.getItems().clear();
        for (Path p : lifecycle.recent().list()) {
            MenuItem item = new MenuItem(p.getFileName() + "  (" + p.getParent() + ")");
            item.setMnemonicParsing(false);
            item.setOnAction(e -> open(p));
            recent.getItems().add(item);
        }
        if (recent.getItems().isEmpty()) {
            MenuItem none = new MenuItem("No recent projects");
            none.setDisable(true);
            recent.getItems().add(none);
        }
    }

    private static MenuItem item(String text, String accelerator, Runnable action) {
        MenuItem item = new MenuItem(text);
        if (accelerator != null) {
            item.setAccelerator(KeyCombination.keyCombination(accelerator));
        }
        item.setOnAction(e -> action.run());
        return item;
    }

    private void bind() {
        back.disableProperty().bind(current.lessThanOrEqualTo(0));
        next.disableProperty().bind(current.greaterThanOrEqualTo(steps.size() - 1));
        back.setOnAction(e -> showPage(current.get() - 1));
        next.setOnAction(e -> tryNext());
        save.setOnAction(e -> save(ok -> { }));
        stage.titleProperty().bind(Bindings.createStringBinding(
                () -> (state.isDirty() ? "*" : "") + state.project().name() + " — " + APP_NAME,
                state.projectProperty(), state.dirtyProperty()));
        state.projectProperty().addListener((o, old, p) -> validation.playFromStart());
        validation.setOnFinished(e -> validateNow());
        stage.setOnCloseRequest(e -> {
            e.consume();
            requestClose();
        });
    }

    /** Runs the core validator and shows its findings on the pages and in the step list. */
    void validateNow() {
        state.problems().setAll(CoreServices.validate(state.project()));
        for (int i = 0; i < pages.size(); i++) {
            if (visited.contains(i)) {
                pages.get(i).showProblems(problemsOf(i));
            }
        }
        stepList.refreshStates();
    }

    List<Problem> problemsOf(int pageIndex) {
        return state.problems().stream().filter(p -> ownerOf(p.fieldPath()) == pageIndex).toList();
    }

    /** The page with the longest matching field prefix; Review for anything else. */
    int ownerOf(String fieldPath) {
        int owner = -1;
        int best = -1;
        for (int i = 0; i < steps.size(); i++) {
            int length = steps.get(i).matchLength(fieldPath);
            if (length > best) {
                best = length;
                owner = i;
            }
        }
        return owner >= 0 ? owner : reviewIndex();
    }

    private int reviewIndex() {
        for (int i = 0; i < steps.size(); i++) {
            if (steps.get(i).id().equals(WizardSteps.REVIEW)) {
                return i;
            }
        }
        return steps.size() - 1;
    }

    StepState stateOf(int index) {
        if (!visited.contains(index) || !pages.get(index).hasSettings()) {
            return StepState.UNTOUCHED;
        }
        List<Problem> problems = problemsOf(index);
        if (problems.stream().anyMatch(Problem::isError)) {
            return StepState.ERRORS;
        }
        return problems.isEmpty() ? StepState.COMPLETE : StepState.WARNINGS;
    }

    void showPage(int index) {
        if (index < 0 || index >= pages.size() || index == current.get()) {
            return;
        }
        banner.hide();
        current.set(index);
        visited.add(index);
        WizardPage page = pages.get(index);
        pageHolder.setContent(page.view());
        pageHolder.setVvalue(0);
        page.showProblems(problemsOf(index));
        page.onShow();
        stepList.getSelectionModel().select(index);
        stepList.refreshStates();
    }

    /** Next refuses a page with errors and asks once about warnings. */
    void tryNext() {
        int index = current.get();
        // the debounced validation may not have run for the last keystroke yet
        validation.stop();
        validateNow();
        List<Problem> problems = pages.get(index).hasSettings() ? problemsOf(index) : List.of();
        List<Problem> errors = problems.stream().filter(Problem::isError).toList();
        if (!errors.isEmpty()) {
            banner.showError(errors.size() == 1
                    ? "Fix this before going on: " + errors.get(0).message()
                    : "Fix the " + errors.size() + " problems marked in red before going on. First: "
                            + errors.get(0).message());
            pages.get(index).focusField(errors.get(0).fieldPath());
            return;
        }
        if (!problems.isEmpty() && !warningsAccepted.contains(index)) {
            banner.showWarning("Please check: " + problems.get(0).message()
                            + (problems.size() > 1 ? " (and " + (problems.size() - 1) + " more)" : ""),
                    "Continue _anyway", () -> {
                        warningsAccepted.add(index);
                        tryNext();
                    });
            return;
        }
        showPage(index + 1);
    }

    private void afterProjectReplaced(boolean goToFirstSettingsPage) {
        visited.clear();
        warningsAccepted.clear();
        int target = goToFirstSettingsPage ? CONNECTION_PAGE : 0;
        current.set(-1);
        showPage(target);
        validateNow();
    }

    private void requestClose() {
        lifecycle.confirmDiscard(() -> {
            lifecycle.closing();
            stage.hide();
            background.shutdownNow();
        });
    }

    @Override
    public void goToField(String fieldPath) {
        int owner = ownerOf(fieldPath);
        showPage(owner);
        pages.get(owner).focusField(fieldPath);
    }

    @Override
    public void newProject() {
        lifecycle.newProject(newReferenceProject());
    }

    @Override
    public void newLocalSandbox() {
        lifecycle.newLocalSandbox();
    }

    @Override
    public void open() {
        lifecycle.open();
    }

    @Override
    public void open(Path file) {
        lifecycle.open(file);
    }

    @Override
    public void save(Consumer<Boolean> done) {
        lifecycle.save(done);
    }

    @Override
    public void saveAs(Consumer<Boolean> done) {
        lifecycle.saveAs(done);
    }

    @Override
    public List<Path> recentProjects() {
        return lifecycle.recent().list();
    }

    @Override
    public void exportBundle(boolean zip) {
        lifecycle.exportBundle(zip);
    }

    /** Opens a project handed to the app, e.g. a .eswiz file double-clicked in the file manager. */
    public void openFile(Path file) {
        lifecycle.open(file);
    }

    public void offerRecovery() {
        lifecycle.offerRecovery();
    }

    ProjectLifecycle lifecycle() {
        return lifecycle;
    }

    public ProjectState state() {
        return state;
    }

    public int currentPage() {
        return current.get();
    }

    public Banner banner() {
        return banner;
    }

    public List<WizardStep> steps() {
        return steps;
    }

    public WizardPage page(int index) {
        return pages.get(index);
    }
}
