package io.eswizard.standin;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.LinkedHashSet;
import java.util.List;

/** The datasources, the registry mounts and the user store, opened and read as a starting node does. */
final class DataSetup {

    private DataSetup() {
    }

    static void check(Path home, CarbonLog log) throws StartFailure {
        List<DataSourceDef> all = DataSourceDef.readAll(home);
        Databases databases = new Databases(home);
        for (DataSourceDef ds : all) {
            if (ds.embedded()) {
                continue;
            }
            try (Connection c = databases.open(ds)) {
                log.info(Databases.CATEGORY, "Data source " + ds.name() + " (" + ds.jndi() + ") connected to " + ds.url());
            } catch (SQLException e) {
                throw new StartFailure(ds.where() + ": " + e.getMessage());
            }
        }
        for (DataSourceDef ds : new LinkedHashSet<>(RegistryMounts.mounted(home, all))) {
            if (!ds.embedded()) {
                databases.readRow(ds, "REG_RESOURCE", RegistryMounts.REGISTRY + " mount on " + ds.name());
            }
        }
        DataSourceDef users = RegistryMounts.userStore(home, all);
        if (!users.embedded()) {
            databases.readRow(users, "UM_USER", RegistryMounts.USER_MGT + " user store on " + users.name());
        }
    }
}
