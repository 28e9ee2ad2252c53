package io.eswizard.ui;

import io.eswizard.ansible.Operation;
import io.eswizard.model.field.FieldRef;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

/** Project lifecycle actions the pages can trigger; the same ones the File menu offers. */
public interface ProjectActions {

    void newProject();

    void newLocalSandbox();

    void open();

    void open(Path file);

    /** Saves (asking for a file when there is none); calls back with true when it was saved. */
    void save(Consumer<Boolean> done);

    void saveAs(Consumer<Boolean> done);

    List<Path> recentProjects();

    /** Asks for a folder or zip file and writes the bundle (playbook + generated files) there. */
    void exportBundle(boolean zip);

    /** Moves the wizard to the page showing the field and focuses it. */
    void goToField(FieldRef field);

    /** Moves the wizard to the Run page and removes the cluster from its machines there (teardown.yml). */
    void removeCluster(Operation.Teardown teardown);
}
