package io.eswizard.ui.pages.loadbalancer;

import io.eswizard.model.ClusterProject;
import io.eswizard.model.LoadBalancerSettings;
import io.eswizard.model.TlsMode;
import io.eswizard.ui.ProjectState;
import io.eswizard.ui.pages.PageViewModel;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** NGINX in front of the nodes. */
public final class LoadBalancerViewModel extends PageViewModel {

    private final StringProperty address = new SimpleStringProperty();
    private final BooleanProperty installNginx = new SimpleBooleanProperty();
    private final IntegerProperty httpPort = new SimpleIntegerProperty();
    private final IntegerProperty httpsPort = new SimpleIntegerProperty();
    private final ObjectProperty<TlsMode> tlsMode = new SimpleObjectProperty<>();
    private final StringProperty certFile = new SimpleStringProperty();
    private final StringProperty keyFile = new SimpleStringProperty();
    private final BooleanProperty sessionAffinity = new SimpleBooleanProperty();
    private final BooleanProperty writeHostMappings = new SimpleBooleanProperty();

    public LoadBalancerViewModel(ProjectState state) {
        super(state);
        watch(address, installNginx, httpPort, httpsPort, tlsMode, certFile, keyFile, sessionAffinity,
                writeHostMappings);
        start();
    }

    @Override
    protected void load(ClusterProject p) {
        LoadBalancerSettings lb = p.loadBalancer();
        address.set(lb.address());
        installNginx.set(lb.installNginx());
        httpPort.set(lb.httpPort());
        httpsPort.set(lb.httpsPort());
        tlsMode.set(lb.tlsMode());
        certFile.set(lb.certFile());
        keyFile.set(lb.keyFile());
        sessionAffinity.set(lb.sessionAffinity());
        writeHostMappings.set(lb.writeHostMappings());
    }

    @Override
    protected ClusterProject applyTo(ClusterProject p) {
        return p.withLoadBalancer(new LoadBalancerSettings(address.get().strip(), installNginx.get(), httpPort.get(),
                httpsPort.get(), tlsMode.get(), certFile.get().strip(), keyFile.get().strip(), sessionAffinity.get(),
                writeHostMappings.get()));
    }

    public BooleanBinding certificateFilesNeeded() {
        return tlsMode.isEqualTo(TlsMode.PROVIDED);
    }

    public StringProperty addressProperty() {
        return address;
    }

    public BooleanProperty installNginxProperty() {
        return installNginx;
    }

    public IntegerProperty httpPortProperty() {
        return httpPort;
    }

    public IntegerProperty httpsPortProperty() {
        return httpsPort;
    }

    public ObjectProperty<TlsMode> tlsModeProperty() {
        return tlsMode;
    }

    public StringProperty certFileProperty() {
        return certFile;
    }

    public StringProperty keyFileProperty() {
        return keyFile;
    }

    public BooleanProperty sessionAffinityProperty() {
        return sessionAffinity;
    }

    public BooleanProperty writeHostMappingsProperty() {
        return writeHostMappings;
    }
}
