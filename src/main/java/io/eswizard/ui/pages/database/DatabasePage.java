package io.eswizard.ui.pages.database;

import io.eswizard.model.AdminAccess;
import io.eswizard.model.DriverSource;
import io.eswizard.model.field.Field;
import io.eswizard.ui.ProjectState;
import io.eswizard.ui.WizardContext;
import io.eswizard.ui.components.FileInput;
import io.eswizard.ui.components.FormField;
import io.eswizard.ui.components.FormLayout;
import io.eswizard.ui.components.Inputs;
import io.eswizard.ui.components.PasswordInput;
import io.eswizard.ui.pages.FormPage;
import javafx.stage.FileChooser;

/** The MySQL server every node shares. */
public final class DatabasePage extends FormPage {

    private final DatabaseViewModel model;
    private final ProjectState state;

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
        this.state = context.state();
    }

    @Override
    protected void initializeParts() {
        host = text(model, Field.DATABASE_HOST);
        port = number(model, Field.DATABASE_PORT);
        install = check(model, Field.INSTALL_DATABASE, "Install MySQL (MariaDB) on that machine");
        adminAccess = register(FormField.of(Field.ADMIN_ACCESS,
                Inputs.choice(model.choice(Field.ADMIN_ACCESS), AdminAccess.values(), AdminAccess::label)));
        adminUser = text(model, Field.ADMIN_USER);
        PasswordInput adminSecret = new PasswordInput(model.text(Field.ADMIN_PASSWORD));
        adminPassword = register(new FormField(Field.ADMIN_PASSWORD, adminSecret, adminSecret.masked()));
        appUser = text(model, Field.APP_USER);
        PasswordInput secret = new PasswordInput(model.text(Field.APP_PASSWORD));
        password = register(new FormField(Field.APP_PASSWORD, secret, secret.masked()));
        allowAnyHost = check(model, Field.ALLOW_ANY_HOST, "Let the application user connect from any host");
        registry = text(model, Field.REGISTRY_DATABASE);
        userStore = text(model, Field.USER_STORE_DATABASE);
        social = text(model, Field.SOCIAL_DATABASE);
        driverSource = register(FormField.of(Field.DRIVER_SOURCE,
                Inputs.choice(model.choice(Field.DRIVER_SOURCE), DriverSource.values(), DriverSource::label)));
        FileInput jar = new FileInput(model.text(Field.DRIVER_JAR), "Choose the MySQL JDBC driver",
                new FileChooser.ExtensionFilter("Java archives", "*.jar"));
        driverJar = register(new FormField(Field.DRIVER_JAR, jar, jar.pathField()));
        scriptsHome = text(model, Field.SCRIPTS_HOME);
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
        noteWhenRunNeeds(password, state);
        noteWhenRunNeeds(adminPassword, state);
        adminUser.disableWhen(model.adminPasswordNeeded().not());
        adminPassword.disableWhen(model.adminPasswordNeeded().not());
        driverJar.disableWhen(model.driverFileNeeded().not());
    }

    public DatabaseViewModel model() {
        return model;
    }
}
