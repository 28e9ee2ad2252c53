package io.eswizard.ui.pages.database;

import io.eswizard.model.AdminAccess;
import io.eswizard.model.DriverSource;
import io.eswizard.ui.WizardContext;
import io.eswizard.ui.components.FileInput;
import io.eswizard.ui.components.FormField;
import io.eswizard.ui.components.FormLayout;
import io.eswizard.ui.components.Inputs;
import io.eswizard.ui.components.PasswordInput;
import io.eswizard.ui.pages.FormPage;
import javafx.stage.FileChooser;

/** Page 3: the MySQL server every node shares. */
public final class DatabasePage extends FormPage {

    private final DatabaseViewModel model;

    private FormField host;
    private FormField port;
    private FormField install;
    private FormField adminAccess;
    private FormField adminUser;
    private FormField adminPassword;
    private FormField appUser;
    private FormField password;
    private FormField allowAnyHost;
    private FormField registry;
    private FormField userStore;
    private FormField social;
    private FormField driverSource;
    private FormField driverJar;
    private FormField scriptsHome;

    public DatabasePage(WizardContext context) {
        super("Database", "All nodes share one MySQL server for the registry, the users and the social data. "
                + "The wizard can install it (MariaDB) or use one you already run.");
        this.model = new DatabaseViewModel(context.state());
    }

    @Override
    protected void initializeParts() {
        host = register(FormField.of("database.host", "Database address", Inputs.text(model.hostProperty()),
                "The IP address or host name the ES nodes use to reach MySQL."));
        port = register(FormField.of("database.port", "Port", Inputs.integer(model.portProperty()),
                "MySQL's port; usually 3306."));
        install = register(FormField.of("database.installServer", "Installation",
                Inputs.check("Install MySQL (MariaDB) on that machine", model.installServerProperty()),
                "Untick to use a MySQL server that already runs there."));
        adminAccess = register(FormField.of("database.adminAccess", "Admin access",
                Inputs.choice(model.adminAccessProperty(), AdminAccess.values(), DatabasePage::describe),
                "How the wizard logs in to create the databases and the application user."));
        adminUser = register(FormField.of("database.adminUser", "Admin user", Inputs.text(model.adminUserProperty()),
                "A MySQL user allowed to create databases and users, e.g. root."));
        PasswordInput adminSecret = new PasswordInput(model.adminPasswordProperty());
        adminPassword = register(new FormField("secrets.databaseAdminPassword", "Admin password", adminSecret,
                adminSecret.masked(), "Kept in memory for this session only; never saved in the project file."));
        appUser = register(FormField.of("database.appUser", "Application user", Inputs.text(model.appUserProperty()),
                "The MySQL user the ES servers log in as; the wizard creates it."));
        PasswordInput secret = new PasswordInput(model.passwordProperty());
        password = register(new FormField("secrets.databasePassword", "Application password", secret,
                secret.masked(), "Kept in memory for this session only; never saved in the project file."));
        allowAnyHost = register(FormField.of("database.allowAnyHost", "Remote access",
                Inputs.check("Let the application user connect from any host", model.allowAnyHostProperty()),
                "Normally it may connect only from the ES nodes, which is safer."));
        registry = register(FormField.of("database.registryDatabase", "Registry database",
                Inputs.text(model.registryDatabaseProperty()), "Holds the shared registry (assets, configuration)."));
        userStore = register(FormField.of("database.userStoreDatabase", "User store database",
                Inputs.text(model.userStoreDatabaseProperty()), "Holds users and roles."));
        social = register(FormField.of("database.socialDatabase", "Social database",
                Inputs.text(model.socialDatabaseProperty()), "Holds ratings and comments of the store."));
        driverSource = register(FormField.of("database.driverSource", "JDBC driver",
                Inputs.choice(model.driverSourceProperty(), DriverSource.values(), DatabasePage::describe),
                "The Java driver the ES servers use to talk to MySQL."));
        FileInput jar = new FileInput(model.driverJarProperty(), "Choose the MySQL JDBC driver",
                new FileChooser.ExtensionFilter("Java archives", "*.jar"));
        driverJar = register(new FormField("database.driverJar", "Driver jar", jar, jar.pathField(),
                "A mysql-connector-java jar file on this computer."));
        scriptsHome = register(FormField.of("database.scriptsHome", "Scripts from",
                Inputs.text(model.scriptsHomeProperty()),
                "An ES_HOME on the database machine to take the table scripts from; empty: the first node's."));
    }

    private static String describe(AdminAccess access) {
        return access == AdminAccess.SOCKET ? "As root on the database machine (no password)"
                : "With an admin user and password";
    }

    private static String describe(DriverSource source) {
        return source == DriverSource.BUNDLED ? "The driver that comes with the wizard" : "A jar file I choose";
    }

    @Override
    protected void layoutParts() {
        FormLayout form = new FormLayout()
                .section("Server")
                .field(host).field(port).field(install)
                .section("Access")
                .field(adminAccess).field(adminUser).field(adminPassword)
                .field(appUser).field(password).field(allowAnyHost)
                .section("Databases")
                .field(registry).field(userStore).field(social)
                .section("Driver")
                .field(driverSource).field(driverJar).field(scriptsHome);
        root.getChildren().add(form.grid());
    }

    @Override
    protected void bindFieldsToModel() {
        adminUser.disableWhen(model.adminPasswordNeeded().not());
        adminPassword.disableWhen(model.adminPasswordNeeded().not());
        driverJar.disableWhen(model.driverFileNeeded().not());
    }

    public DatabaseViewModel model() {
        return model;
    }
}
