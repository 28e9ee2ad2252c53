package io.eswizard.ui.pages.database;

import io.eswizard.model.AdminAccess;
import io.eswizard.model.DriverSource;
import io.eswizard.model.Secrets;
import io.eswizard.model.field.Field;
import io.eswizard.model.field.Page;
import io.eswizard.ui.ProjectState;
import io.eswizard.ui.pages.PageViewModel;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;

/**
 * The MySQL server. The passwords go to the session's {@link Secrets} only, never into the
 * project record, so they are never saved.
 */
public final class DatabaseViewModel extends PageViewModel {

    public DatabaseViewModel(ProjectState state) {
        super(state, Page.DATABASE);
        start();
    }

    public BooleanBinding adminPasswordNeeded() {
        return Bindings.equal(choice(Field.ADMIN_ACCESS), AdminAccess.PASSWORD);
    }

    public BooleanBinding driverFileNeeded() {
        return Bindings.equal(choice(Field.DRIVER_SOURCE), DriverSource.FILE);
    }
}
