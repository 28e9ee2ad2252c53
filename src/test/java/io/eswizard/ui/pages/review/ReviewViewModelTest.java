package io.eswizard.ui.pages.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.eswizard.ansible.Operation;
import io.eswizard.generate.InventoryGenerator;
import io.eswizard.model.ClusterProject;
import io.eswizard.model.ProjectDefaults;
import io.eswizard.model.Secrets;
import io.eswizard.model.field.Field;
import io.eswizard.model.field.FieldRef;
import io.eswizard.model.field.FieldValues;
import io.eswizard.ui.ProjectActions;
import io.eswizard.ui.ProjectState;
import io.eswizard.validation.ClusterValidator;
import io.eswizard.validation.Problem;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The Review page's model: settings by page, generated files, problem links; no FX toolkit needed. */
class ReviewViewModelTest {

    private final ClusterProject sandbox = ProjectDefaults.localSandbox("review", 2, 2, Path.of("/tmp/sb"), true);
    private final ProjectState state = new ProjectState(sandbox);
    private final List<Object> calls = new ArrayList<>();
    private final ReviewViewModel model = new ReviewViewModel(state, actions(), Runnable::run, Runnable::run);

    @Test
    void settingsAreGroupedByPageAndLabelledAsThePagesLabelThem() {
        state.secretsProperty().set(new Secrets("Review-secret-1", ""));
        model.refresh();
        Map<String, List<String>> groups = model.settingsProperty().get();
        assertEquals(List.of("Start", "Connection", "Database", "Nodes", "Cluster", "Single sign-on",
                "Load balancer"), List.copyOf(groups.keySet()));
        assertEquals(List.of("Project name: review"), groups.get("Start"));
        assertTrue(groups.get("Connection").contains("SSH user: " + sandbox.connection().sshUser()),
                groups.get("Connection").toString());
        assertTrue(groups.get("Connection").stream().anyMatch(l -> l.startsWith("Per-machine settings: [Address "
                + "127.0.0.11, This machine yes, SSH user (inherit)")), groups.get("Connection").toString());
        assertTrue(groups.get("Database").contains("Application password: entered (not saved)"));
        assertTrue(groups.get("Database").contains("Admin password: not entered yet"));
        assertTrue(groups.get("Nodes").contains("publisher-1 (publisher): 127.0.0.11, HTTPS port 9444, member port"
                + " 4001, ES_HOME /tmp/sb/publisher-1/wso2es-2.1.0"), groups.get("Nodes").toString());
        assertTrue(groups.get("Single sign-on").contains("IS archive: (empty)"), "shown where the page shows it");
        assertTrue(groups.get("Load balancer").contains("HTTPS port: 8443"));
        assertTrue(groups.values().stream().flatMap(List::stream).noneMatch(l -> l.contains("Review-secret-1")));
    }

    @Test
    void theFilesAreTheGeneratorsAndFollowTheProject() {
        model.refresh();
        assertEquals(InventoryGenerator.generate(sandbox), model.filesProperty().get());
        assertEquals("", model.filesErrorProperty().get());
        state.edit(p -> FieldValues.write(Field.CLUSTERING_DOMAIN, p, "other.domain"));
        model.refresh();
        assertTrue(model.filesProperty().get().files().get("inventory/group_vars/all/cluster.yml")
                .contains("other.domain"));
    }

    @Test
    void problemsLinkToTheirFieldsAndTheButtonsReachTheActions() {
        state.problems().setAll(ClusterValidator.validate(ProjectDefaults.reference("r", 2, 2)));
        Problem first = model.problems().get(0);
        assertEquals((first.isError() ? "Error in " : "Warning in ") + first.field().label() + ": " + first.message(),
                ReviewViewModel.linkText(first), "the field as the wizard names it, e.g. Nodes › publisher-1 › Address");
        model.goTo(first);
        model.save();
        model.export(true);
        assertEquals(List.of(first.field(), "save", "export zip=true"), calls);
    }

    @Test
    void theClusterIsRemovedOnlyWhenItsExactNameIsTyped() {
        assertFalse(model.removeCluster("Review", true, false));
        assertFalse(model.removeCluster("review ", true, false));
        assertEquals(List.of(), calls, "nothing is removed for a name that is not the project's");
        assertTrue(model.removeCluster("review", true, false));
        assertEquals(List.of(new Operation.Teardown(true, false)), calls);
    }

    /** Records the actions the model calls. */
    private ProjectActions actions() {
        return (ProjectActions) java.lang.reflect.Proxy.newProxyInstance(ProjectActions.class.getClassLoader(),
                new Class<?>[] {ProjectActions.class}, (proxy, method, args) -> {
                    switch (method.getName()) {
                        case "goToField" -> calls.add((FieldRef) args[0]);
                        case "save" -> calls.add("save");
                        case "exportBundle" -> calls.add("export zip=" + args[0]);
                        case "removeCluster" -> calls.add(args[0]);
                        default -> { }
                    }
                    return method.getReturnType() == List.class ? List.of() : null;
                });
    }
}
