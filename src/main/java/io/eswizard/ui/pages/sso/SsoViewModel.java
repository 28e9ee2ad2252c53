package io.eswizard.ui.pages.sso;

import io.eswizard.model.ClusterProject;
import io.eswizard.model.DerivedUrls;
import io.eswizard.model.IsLayout;
import io.eswizard.model.ProductPacks;
import io.eswizard.model.SsoSettings;
import io.eswizard.ui.ProjectState;
import io.eswizard.ui.pages.PageViewModel;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * Single sign-on through WSO2 Identity Server. The URL fields are overrides; what they default
 * to comes from {@link DerivedUrls} and is offered as prompt text.
 */
public final class SsoViewModel extends PageViewModel {

    private final BooleanProperty enabled = new SimpleBooleanProperty();
    private final StringProperty isAddress = new SimpleStringProperty();
    private final IntegerProperty isPort = new SimpleIntegerProperty();
    private final StringProperty isHome = new SimpleStringProperty();
    private final ObjectProperty<IsLayout> layout = new SimpleObjectProperty<>();
    private final StringProperty publisherIssuer = new SimpleStringProperty();
    private final StringProperty storeIssuer = new SimpleStringProperty();
    private final StringProperty socialIssuer = new SimpleStringProperty();
    private final StringProperty publisherAcs = new SimpleStringProperty();
    private final StringProperty storeAcs = new SimpleStringProperty();
    private final StringProperty socialAcs = new SimpleStringProperty();
    private final StringProperty idpUrl = new SimpleStringProperty();
    private final StringProperty isZip = new SimpleStringProperty();
    private final ReadOnlyStringWrapper derivedPublisherAcs = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper derivedStoreAcs = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper derivedSocialAcs = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper derivedIdp = new ReadOnlyStringWrapper();

    public SsoViewModel(ProjectState state) {
        super(state);
        watch(enabled, isAddress, isPort, isHome, layout, publisherIssuer, storeIssuer, socialIssuer,
                publisherAcs, storeAcs, socialAcs, idpUrl, isZip);
        state.projectProperty().addListener((o, old, p) -> derive(p));
        start();
        derive(state.project());
    }

    /** What each URL would be without an override. */
    private void derive(ClusterProject p) {
        SsoSettings s = p.sso();
        ClusterProject plain = p.withSso(new SsoSettings(s.enabled(), s.isAddress(), s.isHttpsPort(), s.isHome(),
                s.layout(), s.publisherIssuer(), s.storeIssuer(), s.socialIssuer(), "", "", "", ""));
        derivedPublisherAcs.set(DerivedUrls.publisherAcs(plain));
        derivedStoreAcs.set(DerivedUrls.storeAcs(plain));
        derivedSocialAcs.set(DerivedUrls.socialAcs(plain));
        derivedIdp.set(DerivedUrls.idp(plain));
    }

    @Override
    protected void load(ClusterProject p) {
        SsoSettings s = p.sso();
        enabled.set(s.enabled());
        isAddress.set(s.isAddress());
        isPort.set(s.isHttpsPort());
        isHome.set(s.isHome());
        layout.set(s.layout());
        publisherIssuer.set(s.publisherIssuer());
        storeIssuer.set(s.storeIssuer());
        socialIssuer.set(s.socialIssuer());
        publisherAcs.set(s.publisherAcsUrl());
        storeAcs.set(s.storeAcsUrl());
        socialAcs.set(s.socialAcsUrl());
        idpUrl.set(s.idpUrl());
        isZip.set(p.packs().isZip());
    }

    @Override
    protected ClusterProject applyTo(ClusterProject p) {
        ProductPacks k = p.packs();
        return p.withSso(new SsoSettings(enabled.get(), isAddress.get().strip(), isPort.get(), isHome.get().strip(),
                        layout.get(), publisherIssuer.get().strip(), storeIssuer.get().strip(),
                        socialIssuer.get().strip(), publisherAcs.get().strip(), storeAcs.get().strip(),
                        socialAcs.get().strip(), idpUrl.get().strip()))
                .withPacks(new ProductPacks(k.esZip(), isZip.get().strip(), k.jdkArchive(), k.javaHome(),
                        k.startServers()));
    }

    public BooleanProperty enabledProperty() {
        return enabled;
    }

    public StringProperty isAddressProperty() {
        return isAddress;
    }

    public IntegerProperty isPortProperty() {
        return isPort;
    }

    public StringProperty isHomeProperty() {
        return isHome;
    }

    public ObjectProperty<IsLayout> layoutProperty() {
        return layout;
    }

    public StringProperty publisherIssuerProperty() {
        return publisherIssuer;
    }

    public StringProperty storeIssuerProperty() {
        return storeIssuer;
    }

    public StringProperty socialIssuerProperty() {
        return socialIssuer;
    }

    public StringProperty publisherAcsProperty() {
        return publisherAcs;
    }

    public StringProperty storeAcsProperty() {
        return storeAcs;
    }

    public StringProperty socialAcsProperty() {
        return socialAcs;
    }

    public StringProperty idpUrlProperty() {
        return idpUrl;
    }

    public StringProperty isZipProperty() {
        return isZip;
    }

    public ReadOnlyStringProperty derivedPublisherAcsProperty() {
        return derivedPublisherAcs.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty derivedStoreAcsProperty() {
        return derivedStoreAcs.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty derivedSocialAcsProperty() {
        return derivedSocialAcs.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty derivedIdpProperty() {
        return derivedIdp.getReadOnlyProperty();
    }
}
