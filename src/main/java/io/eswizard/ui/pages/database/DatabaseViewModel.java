package io.eswizard.ui.pages.database;

import io.eswizard.model.AdminAccess;
import io.eswizard.model.ClusterProject;
import io.eswizard.model.DatabaseSettings;
import io.eswizard.model.DriverSource;
import io.eswizard.model.Secrets;
import io.eswizard.ui.ProjectState;
import io.eswizard.ui.pages.PageViewModel;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The MySQL server. The passwords go to the session's {@link Secrets} only, never into the
 * project record, so they are never saved.
 */
public final class DatabaseViewModel extends PageViewModel {

    private final StringProperty host = new SimpleStringProperty();
    private final IntegerProperty port = new SimpleIntegerProperty();
    private final BooleanProperty installServer = new SimpleBooleanProperty();
    private final ObjectProperty<AdminAccess> adminAccess = new SimpleObjectProperty<>();
    private final StringProperty adminUser = new SimpleStringProperty();
    private final StringProperty appUser = new SimpleStringProperty();
    private final BooleanProperty allowAnyHost = new SimpleBooleanProperty();
    private final StringProperty registryDatabase = new SimpleStringProperty();
    private final StringProperty userStoreDatabase = new SimpleStringProperty();
    private final StringProperty socialDatabase = new SimpleStringProperty();
    private final ObjectProperty<DriverSource> driverSource = new SimpleObjectProperty<>();
    private final StringProperty driverJar = new SimpleStringProperty();
    private final StringProperty scriptsHome = new SimpleStringProperty();
    private final StringProperty password = new SimpleStringProperty("");
    private final StringProperty adminPassword = new SimpleStringProperty("");

    public DatabaseViewModel(ProjectState state) {
        super(state);
        watch(host, port, installServer, adminAccess, adminUser, appUser, allowAnyHost, registryDatabase,
                userStoreDatabase, socialDatabase, driverSource, driverJar, scriptsHome);
        password.addListener((o, old, now) -> storeSecrets());
        adminPassword.addListener((o, old, now) -> storeSecrets());
        start();
    }

    private void storeSecrets() {
        if (!isLoading()) {
            state().secretsProperty().set(new Secrets(password.get(), adminPassword.get()));
        }
    }

    @Override
    protected void load(ClusterProject p) {
        DatabaseSettings d = p.database();
        host.set(d.host());
        port.set(d.port());
        installServer.set(d.installServer());
        adminAccess.set(d.adminAccess());
        adminUser.set(d.adminUser());
        appUser.set(d.appUser());
        allowAnyHost.set(d.allowAnyHost());
        registryDatabase.set(d.registryDatabase());
        userStoreDatabase.set(d.userStoreDatabase());
        socialDatabase.set(d.socialDatabase());
        driverSource.set(d.driverSource());
        driverJar.set(d.driverJar());
        scriptsHome.set(d.scriptsHome());
        Secrets s = state().secretsProperty().get();
        password.set(s.databasePassword());
        adminPassword.set(s.databaseAdminPassword());
    }

    @Override
    protected ClusterProject applyTo(ClusterProject p) {
        return p.withDatabase(new DatabaseSettings(host.get().strip(), port.get(), installServer.get(),
                adminAccess.get(), adminUser.get().strip(), appUser.get().strip(), allowAnyHost.get(),
                registryDatabase.get().strip(), userStoreDatabase.get().strip(), socialDatabase.get().strip(),
                driverSource.get(), driverJar.get().strip(), scriptsHome.get().strip()));
    }

    public BooleanBinding adminPasswordNeeded() {
        return Bindings.equal(adminAccess, AdminAccess.PASSWORD);
    }

    public BooleanBinding driverFileNeeded() {
        return Bindings.equal(driverSource, DriverSource.FILE);
    }

    public StringProperty hostProperty() {
        return host;
    }

    public IntegerProperty portProperty() {
        return port;
    }

    public BooleanProperty installServerProperty() {
        return installServer;
    }

    public ObjectProperty<AdminAccess> adminAccessProperty() {
        return adminAccess;
    }

    public StringProperty adminUserProperty() {
        return adminUser;
    }

    public StringProperty appUserProperty() {
        return appUser;
    }

    public BooleanProperty allowAnyHostProperty() {
        return allowAnyHost;
    }

    public StringProperty registryDatabaseProperty() {
        return registryDatabase;
    }

    public StringProperty userStoreDatabaseProperty() {
        return userStoreDatabase;
    }

    public StringProperty socialDatabaseProperty() {
        return socialDatabase;
    }

    public ObjectProperty<DriverSource> driverSourceProperty() {
        return driverSource;
    }

    public StringProperty driverJarProperty() {
        return driverJar;
    }

    public StringProperty scriptsHomeProperty() {
        return scriptsHome;
    }

    public StringProperty passwordProperty() {
        return password;
    }

    public StringProperty adminPasswordProperty() {
        return adminPassword;
    }
}
