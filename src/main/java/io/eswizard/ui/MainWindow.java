package io.eswizard.ui;

import io.eswizard.ansible.Operation;
import io.eswizard.model.ClusterProject;
import io.eswizard.model.ProjectDefaults;
import io.eswizard.model.field.FieldRef;
import io.eswizard.model.field.Page;
import io.eswizard.ui.components.Banner;
import io.eswizard.ui.pages.WizardPage;
import io.eswizard.ui.pages.run.RunPage;
import impl.org.controlsfx.skin.DecorationPane;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import javafx.animation.PauseTransition;
import javafx.beans.binding.Bindings;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.util.Duration;

/**
 * The wizard window: menu, step list, the current page, the banner and Back/Next. Validates the
 * project as it changes; where the wizard is and whether it may move on is the
 * {@link WizardViewModel}'s to decide, this class only shows it.
 */
public final class MainWindow implements ProjectActions {

    static final String APP_NAME = "ES Cluster Wizard";

    private final Stage stage;
    private final ProjectState state;
    private final ExecutorService background = Executors.newFixedThreadPool(2, r -> {
        Thread t = new Thread(r, "wizard-background");
        t.setDaemon(true);
        return t;
    });
    private final List<WizardStep> steps = WizardSteps.all();
    private final List<WizardPage> pages = new ArrayList<>();
    private final WizardViewModel navigation;
    private final PauseTransition validation = new PauseTransition(Duration.millis(150));
    private final ProjectLifecycle lifecycle;

    private final Banner banner = new Banner();
    private final PageHolder pageHolder = new PageHolder();
    private final NavigationBar buttons = new NavigationBar();
    private final Button back = buttons.back;
    private final Button next = buttons.next;
    private final Button save = buttons.save;
    private StepList stepList;
    private final ProblemBanner problemBanner;
    private Theme theme;
    private java.util.prefs.Preferences preferences;

    public MainWindow(Stage stage, WizardOptions options) {
        this.stage = stage;
        // the theme first: controls made before it would load (and then drop) the default stylesheet
        theme = Theme.remembered(options.preferences());
        theme.apply(null);
        this.state = new ProjectState(newReferenceProject());
        this.navigation = new WizardViewModel(steps.stream().map(WizardStep::page).toList(), state.problems());
        this.problemBanner = new ProblemBanner(banner, navigation, this::goToField);
        this.lifecycle = new ProjectLifecycle(stage, state, background, options, this::afterProjectReplaced,
                buttons.status::setText);
        WizardContext context = new WizardContext(state, background, this);
        for (WizardStep step : steps) {
            pages.add(step.factory().apply(context));
        }
        // ControlsFX decorations need a DecorationPane as scene root; giving it one up front avoids a
        // root swap (and broken CSS lookups) on the first decorated field
        DecorationPane decorations = new DecorationPane();
        decorations.setRoot(layout(options));
        stage.setScene(new Scene(decorations));
        stage.getScene().getStylesheets().add(MainWindow.class.getResource("wizard.css").toExternalForm());
        theme.apply(stage.getScene());
        stage.getScene().getAccelerators().put(KeyCombination.keyCombination(Banner.ACTION_SHORTCUT),
                banner::fireAction);
        WindowPlacement.restore(stage, options.preferences());
        WindowPlacement.rememberOnClose(stage, options.preferences());
        AppIcons.applyTo(stage);
        bind();
        WizardSteps.verifyAfterEachRun(pages, navigation, this::showPage);
        navigation.show(0);
        // the first validation waits for the debounce: the first page shows sooner
        validation.playFromStart();
    }

    static ClusterProject newReferenceProject() {
        return ProjectDefaults.reference("New cluster", ProjectDefaults.DEFAULT_PUBLISHERS,
                ProjectDefaults.DEFAULT_STORES);
    }

    private BorderPane layout(WizardOptions options) {
        stepList = new StepList(steps, navigation::stateOf, this::showPage);
        VBox center = new VBox(banner, pageHolder, buttons);
        VBox.setVgrow(pageHolder, Priority.ALWAYS);
        BorderPane root = new BorderPane(center);
        this.preferences = options.preferences();
        root.setTop(MainMenu.create(this, lifecycle.recent()::list, this::requestClose, theme, this::chooseTheme));
        root.setLeft(stepList);
        root.getStyleClass().add("esw-root");
        return root;
    }

    private void bind() {
        back.disableProperty().bind(navigation.canGoBack().not());
        next.disableProperty().bind(navigation.canGoNext().not());
        back.setOnAction(e -> navigation.back());
        next.setOnAction(e -> tryNext());
        save.setOnAction(e -> save(ok -> { }));
        navigation.currentProperty().addListener((o, old, index) -> display(index.intValue()));
        stage.titleProperty().bind(Bindings.createStringBinding(
                () -> (state.isDirty() ? "*" : "") + state.project().name() + " — " + APP_NAME,
                state.projectProperty(), state.dirtyProperty()));
        state.projectProperty().addListener((o, old, p) -> validation.playFromStart());
        state.dirtyProperty().addListener((o, was, dirty) -> {
            if (dirty) {
                buttons.status.setText("");
            }
        });
        state.secretsProperty().addListener((o, old, s) -> validation.playFromStart());
        validation.setOnFinished(e -> validateNow());
        stage.setOnCloseRequest(e -> {
            e.consume();
            requestClose();
        });
    }

    /** Runs the core validator and shows its findings on the pages and in the step list. */
    void validateNow() {
        state.problems().setAll(CoreServices.validate(state.project(), state.secretsProperty().get()));
        int here = navigation.current();
        problemBanner.afterValidation(state.problems(), here >= 0 && pages.get(here).hasSettings());
        for (int i = 0; i < pages.size(); i++) {
            if (navigation.isVisited(i)) {
                pages.get(i).showProblems(navigation.problemsOf(i));
            }
        }
        stepList.refreshStates();
    }

    /** Puts the page on screen; the navigation has already moved there. */
    private void display(int index) {
        if (index < 0) {
            return;
        }
        problemBanner.hide();
        WizardPage page = pages.get(index);
        pageHolder.show(page);
        page.showProblems(navigation.problemsOf(index));
        page.onShow();
        stepList.getSelectionModel().select(index);
        stepList.refreshStates();
    }

    void showPage(int index) {
        navigation.show(index);
    }

    void showPage(Page page) {
        navigation.show(navigation.indexOf(page));
    }

    /** Next refuses a page with errors and asks once about warnings. */
    void tryNext() {
        // the debounced validation may not have run for the last keystroke yet
        validation.stop();
        validateNow();
        WizardViewModel.Next outcome = navigation.next();
        if (outcome instanceof WizardViewModel.Refused refused) {
            pages.get(navigation.current()).revealAllErrors();
            problemBanner.showRefusal(refused.message(), refused.field());
            pages.get(navigation.current()).focusField(refused.field());
            pageHolder.revealFocusOwner();
        } else if (outcome instanceof WizardViewModel.Warned warned) {
            problemBanner.showWarning(warned.message(), "Continue _anyway", () -> {
                navigation.acceptWarnings();
                tryNext();
            });
        }
    }

    private void afterProjectReplaced(Page landing) {
        problemBanner.forgetErrors();
        navigation.startOver(true);
        if (landing != navigation.page(navigation.current())) {
            showPage(landing);
        }
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
    public void goToField(FieldRef field) {
        int owner = navigation.ownerOf(field);
        navigation.show(owner);
        pages.get(owner).revealAllErrors();
        pages.get(owner).focusField(field);
        pageHolder.revealFocusOwner();
    }

    @Override
    public void removeCluster(Operation.Teardown teardown) {
        int run = navigation.indexOf(Page.RUN);
        navigation.show(run);
        ((RunPage) pages.get(run)).startConfirmed(teardown);
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

    /** Opens a project handed to the app, e.g. a .eswiz file double-clicked in the file manager. */
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

    public void offerRecovery() {
        lifecycle.offerRecovery();
    }

    /** The project shown, with its file, passwords and problems. */
    public ProjectState state() {
        return state;
    }

    /** Where the wizard is and whether it may move on. */
    public WizardViewModel navigation() {
        return navigation;
    }

    /** Shows the wizard in the theme and remembers it. */
    public void chooseTheme(Theme chosen) {
        theme = chosen;
        chosen.apply(stage.getScene());
        chosen.remember(preferences);
        if (stage.getScene().lookup(".menu-bar") instanceof javafx.scene.control.MenuBar bar) {
            MainMenu.select(bar, chosen);
        }
    }

    /** The page at this index of the navigation, made once for the window. */
    public WizardPage page(int index) {
        return pages.get(index);
    }
}
