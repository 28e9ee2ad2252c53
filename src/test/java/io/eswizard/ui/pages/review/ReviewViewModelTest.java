package io.eswizard.ui.pages.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.eswizard.ansible.Operation;
import io.eswizard.generate.InventoryGenerator;
import io.eswizard.generate.MachinePlan;
import io.eswizard.model.AdminAccess;
import io.eswizard.model.ClusterProject;
import io.eswizard.model.DerivedUrls;
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
                + "127.0.0.11, This machine yes]; [Address 127.0.0.12")), groups.get("Connection").toString());
        assertTrue(groups.get("Database").contains("Application password: entered (not saved)"));
        assertTrue(groups.get("Database").stream().noneMatch(l -> l.startsWith("Admin password")),
                "no admin password is needed over the socket: " + groups.get("Database"));
        assertTrue(groups.get("Nodes").contains("publisher-1 (Publisher): 127.0.0.11, HTTPS port 9444, member port"
                + " 4001, ES_HOME /tmp/sb/publisher-1/wso2es-2.1.0"), groups.get("Nodes").toString());
        assertTrue(groups.get("Single sign-on").contains("IS archive: (not set)"), "shown where the page shows it");
        assertTrue(groups.get("Load balancer").contains("HTTPS port: 8443"));
        // choices in the words the pages offer them in, not their codes
        assertTrue(groups.get("Database").contains("Admin access: " + AdminAccess.SOCKET.label()));
        assertTrue(AdminAccess.SOCKET.label().startsWith("Log in over the local socket"));
        assertTrue(groups.get("Cluster").contains("Membership: Well-known members"), groups.get("Cluster").toString());
        assertTrue(groups.get("Single sign-on").contains("Version: Identity Server 5.1.0"));
        assertTrue(groups.get("Load balancer").contains("Certificate: A new self-signed certificate"));
        // a URL left empty shows the one it stands for
        assertTrue(groups.get("Single sign-on").contains("Publisher return URL: "
                + DerivedUrls.publisherAcs(sandbox) + " (derived)"), groups.get("Single sign-on").toString());
        List<String> all = groups.values().stream().flatMap(List::stream).toList();
        assertTrue(all.stream().noneMatch(l -> l.matches(".*: (socket|wka|is_5_1_0|generate|\\(empty\\))")), all.toString());
        assertTrue(groups.values().stream().flatMap(List::stream).noneMatch(l -> l.contains("Review-secret-1")));
    }

    @Test
    void eachPasswordShowsOnceAndOnlyWhenARunNeedsIt() {
        ClusterProject sudo = FieldValues.write(Field.BECOME, sandbox, true);
        state.replace(sudo, null, false);
        model.refresh();
        List<String> connection = model.settingsProperty().get().get("Connection");
        assertEquals(List.of("Sudo password: asked for before the run"),
                connection.stream().filter(l -> l.startsWith("Sudo password")).toList(), connection.toString());
        state.secretsProperty().set(new Secrets("", "", "sudo-secret", java.util.Map.of("127.0.0.13", "other")));
        model.refresh();
        connection = model.settingsProperty().get().get("Connection");
        assertEquals(List.of("Sudo password: entered (not saved); 1 machine has its own"),
                connection.stream().filter(l -> l.startsWith("Sudo password")).toList(), connection.toString());
        state.secretsProperty().set(Secrets.NONE);
        state.sudoAnsweredProperty().set(true);
        model.refresh();
        connection = model.settingsProperty().get().get("Connection");
        assertTrue(connection.contains("Sudo password: none: sudo asks for no password"), connection.toString());
        assertTrue(model.settingsProperty().get().get("Database").contains("Application password: asked for before the run"));

        state.replace(FieldValues.write(Field.ADMIN_ACCESS, sandbox, AdminAccess.PASSWORD), null, false);
        model.refresh();
        assertTrue(model.settingsProperty().get().get("Database").contains("Admin password: asked for before the run"));
    }

    @Test
    void thePlanSaysPerMachineWhatARunDoes() {
        model.refresh();
        List<MachinePlan.Machine> plan = model.planProperty().get();
        MachinePlan.Machine db = plan.stream().filter(m -> m.address().equals("127.0.0.1")).findFirst().orElseThrow();
        assertTrue(db.actions().contains("installs MariaDB"), db.toString());
        MachinePlan.Machine node = plan.stream().filter(m -> m.address().equals("127.0.0.11")).findFirst()
                .orElseThrow();
        assertEquals(List.of("publisher-1 (publisher)"), node.roles());
        assertTrue(node.actions().stream().anyMatch(a -> a.startsWith("edits publisher-1's carbon.xml, axis2.xml")),
                node.toString());
        assertTrue(node.actions().stream().anyMatch(a -> a.contains("restarts it")), node.toString());
        MachinePlan.Machine lb = plan.stream().filter(m -> m.address().equals("127.0.0.30")).findFirst().orElseThrow();
        assertTrue(lb.actions().contains("installs NGINX"), lb.toString());
        assertEquals(7, plan.size(), "database, four nodes, Identity Server, load balancer: " + plan);

        state.replace(FieldValues.write(Field.INSTALL_DATABASE, sandbox, false), null, false);
        model.refresh();
        assertTrue(model.planProperty().get().get(0).actions().contains("uses the MySQL already there"));
    }

    @Test
    void removingIsOfferedOnlyAfterARunChangedTheMachines(@org.junit.jupiter.api.io.TempDir Path dir)
            throws Exception {
        Path file = dir.resolve("p.eswiz");
        assertFalse(ReviewViewModel.hasRun(null), "never saved");
        assertFalse(ReviewViewModel.hasRun(file), "no runs");
        Path dry = java.nio.file.Files.createDirectories(dir.resolve(".esw-runs/20260101-000000"));
        summary(dry, io.eswizard.ansible.RunMode.CHECK);
        assertFalse(ReviewViewModel.hasRun(file), "a dry run changes nothing");
        Path real = java.nio.file.Files.createDirectories(dir.resolve(".esw-runs/20260102-000000"));
        summary(real, io.eswizard.ansible.RunMode.APPLY);
        assertTrue(ReviewViewModel.hasRun(file));
        state.replace(sandbox, file, false);
        model.refresh();
        assertTrue(model.hasRunProperty().get());
    }

    private static void summary(Path dir, io.eswizard.ansible.RunMode mode) throws java.io.IOException {
        new io.eswizard.ansible.RunSummary("2026-01-01T00:00:00Z", "2026-01-01T00:01:00Z", mode, List.of(), 0, false,
                io.eswizard.ansible.RunSummary.Outcome.SUCCEEDED, Map.of(), 1, List.of(), "", "site.yml").writeTo(dir);
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
