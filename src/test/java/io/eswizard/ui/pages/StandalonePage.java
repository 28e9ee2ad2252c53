package io.eswizard.ui.pages;

import io.eswizard.ansible.AnsibleTools;
import io.eswizard.model.field.FieldRef;
import io.eswizard.ui.ProjectActions;
import io.eswizard.ui.ProjectState;
import io.eswizard.ui.WizardContext;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.function.Consumer;

/** A page on its own for tests: its project state, recorded actions and fake Ansible tools. */
public final class StandalonePage {

    public final List<FieldRef> fieldsVisited = new CopyOnWriteArrayList<>();
    /** How many times a page asked to save the project. */
    public final List<Consumer<Boolean>> saveRequests = new CopyOnWriteArrayList<>();
    public final ProjectState state;
    public final WizardContext context;

    public StandalonePage(ProjectState state, ExecutorService background) {
        this.state = state;
        this.context = new WizardContext(state, background, actions());
    }

    /** ansible-playbook played by a script of src/test/resources/fake-ansible. */
    public static AnsibleTools fakeAnsible(String script) throws Exception {
        Path fake = Path.of(StandalonePage.class.getResource("/fake-ansible/" + script).toURI());
        Files.setPosixFilePermissions(fake, PosixFilePermissions.fromString("rwxr-xr-x"));
        return AnsibleTools.onPath().withPlaybook(fake.toString());
    }

    /** Records goToField and save; every other action does nothing (a proxy, so new actions need no edit here). */
    @SuppressWarnings("unchecked")
    private ProjectActions actions() {
        return (ProjectActions) java.lang.reflect.Proxy.newProxyInstance(ProjectActions.class.getClassLoader(),
                new Class<?>[] {ProjectActions.class}, (proxy, method, args) -> {
                    if (method.getName().equals("goToField")) {
                        fieldsVisited.add((FieldRef) args[0]);
                    } else if (method.getName().equals("save")) {
                        saveRequests.add((Consumer<Boolean>) args[0]);
                    }
                    return method.getReturnType() == List.class ? List.of() : null;
                });
    }
}
