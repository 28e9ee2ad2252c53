package io.eswizard.validation;

import io.eswizard.model.field.Field;
import io.eswizard.model.field.FieldRef;
import io.eswizard.model.AdminAccess;
import io.eswizard.model.ClusterProject;
import io.eswizard.model.DatabaseSettings;
import io.eswizard.model.DriverSource;
import java.util.List;
import java.util.Locale;

/** The Database page: the MySQL server, its databases, users and the JDBC driver. */
final class DatabaseRules {

    private DatabaseRules() {
    }

    static void check(ClusterProject p, List<Problem> out) {
        DatabaseSettings d = p.database();
        AddressSyntax.check(out, Field.DATABASE_HOST.ref(), "The database address", Text.of(d.host()), true);
        Ports.check(out, Field.DATABASE_PORT.ref(), "The MySQL port", d.port(), 3306);
        if (d.adminAccess() == AdminAccess.PASSWORD) {
            MysqlIdentifiers.whyInvalidUser(Text.of(d.adminUser())).ifPresent(why -> out.add(Problem.error(
                    Field.ADMIN_USER.ref(), "The MySQL admin user '" + Text.of(d.adminUser()) + "' " + why
                            + ". Enter the admin account of the server, e.g. root.")));
        }
        MysqlIdentifiers.whyInvalidUser(Text.of(d.appUser())).ifPresent(why -> out.add(Problem.error(
                Field.APP_USER.ref(), "The application user '" + Text.of(d.appUser()) + "' " + why
                        + ". Use a short name such as wso2es.")));
        if (d.allowAnyHost()) {
            out.add(Problem.warning(Field.ALLOW_ANY_HOST, "The application user may connect from any host"
                    + " ('%'). Anyone who learns the password can reach the databases from anywhere; allow only"
                    + " the nodes unless they change address."));
        }
        checkDatabaseNames(d, out);
        checkDriver(d, out);
        String scripts = Text.of(d.scriptsHome());
        if (!scripts.isBlank()) {
            RemotePaths.checkFolder(out, Field.SCRIPTS_HOME.ref(), "The ES_HOME for database scripts", scripts,
                    "/opt/wso2es-2.1.0");
        }
    }

    private static void checkDatabaseNames(DatabaseSettings d, List<Problem> out) {
        name(out, Field.REGISTRY_DATABASE.ref(), "registry", Text.of(d.registryDatabase()));
        name(out, Field.USER_STORE_DATABASE.ref(), "user store", Text.of(d.userStoreDatabase()));
        name(out, Field.SOCIAL_DATABASE.ref(), "social", Text.of(d.socialDatabase()));
        // Registry (REG_*) and user store (UM_*) tables have distinct names, so sharing one database is
        // fine and gets no finding. The social tables do not clash either, but mixing them in hides
        // them inside a database meant for something else.
        String social = Text.of(d.socialDatabase());
        for (String other : List.of(Text.of(d.registryDatabase()), Text.of(d.userStoreDatabase()))) {
            if (!social.isBlank() && social.equals(other)) { // names are case-sensitive on Linux
                out.add(Problem.warning(Field.SOCIAL_DATABASE, "The social database '" + social + "' is the"
                        + " same database as the registry or user store. ES works like that, but the ratings and"
                        + " comments cannot then be backed up or moved on their own. Use a separate name, e.g."
                        + " WSO2SOCIAL_DB."));
                return;
            }
        }
    }

    private static void name(List<Problem> out, FieldRef path, String what, String value) {
        MysqlIdentifiers.whyInvalidDatabase(value).ifPresent(why -> out.add(Problem.error(path, "The " + what
                + " database name '" + value + "' " + why + ". Use letters, digits and '_', e.g. WSO2REG_DB.")));
    }

    private static void checkDriver(DatabaseSettings d, List<Problem> out) {
        if (d.driverSource() != DriverSource.FILE) {
            return;
        }
        String jar = Text.of(d.driverJar());
        if (jar.isBlank()) {
            out.add(Problem.error(Field.DRIVER_JAR, "No JDBC driver jar is chosen. Pick the MySQL connector"
                    + " jar file, or switch back to the bundled driver."));
        } else if (!jar.toLowerCase(Locale.ROOT).endsWith(".jar")) {
            out.add(Problem.error(Field.DRIVER_JAR, "The JDBC driver '" + jar + "' is not a .jar file. Pick"
                    + " the MySQL connector jar, e.g. mysql-connector-java-5.1.49.jar (not the .zip or .tar.gz"
                    + " it came in)."));
        } else {
            LocalFiles.checkReadable(out, Field.DRIVER_JAR.ref(), "The JDBC driver jar", jar);
        }
    }
}
