package io.eswizard.ui.pages.sso;

import io.eswizard.model.IsLayout;
import io.eswizard.ui.WizardContext;
import io.eswizard.ui.components.FileInput;
import io.eswizard.ui.components.FormField;
import io.eswizard.ui.components.FormLayout;
import io.eswizard.ui.components.Inputs;
import io.eswizard.ui.pages.FormPage;
import java.util.List;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.StringProperty;
import javafx.scene.control.TextField;
import javafx.stage.FileChooser;

/** Page 6: single sign-on through WSO2 Identity Server. */
public final class SsoPage extends FormPage {

    private final SsoViewModel model;

    private FormField enabled;
    private FormField isAddress;
    private FormField isPort;
    private FormField isHome;
    private FormField layout;
    private FormField isZip;
    private FormField publisherIssuer;
    private FormField storeIssuer;
    private FormField socialIssuer;
    private FormField publisherAcs;
    private FormField storeAcs;
    private FormField socialAcs;
    private FormField idp;

    public SsoPage(WizardContext context) {
        super("Single sign-on", "Users log in once, on WSO2 Identity Server, for the publisher and the store. "
                + "The wizard registers both apps there. The URLs fill themselves in from your host names.");
        this.model = new SsoViewModel(context.state());
    }

    @Override
    protected void initializeParts() {
        enabled = register(FormField.of("sso.enabled", "Single sign-on",
                Inputs.check("Use WSO2 Identity Server for logging in", model.enabledProperty()),
                "Untick to keep each node's own login page."));
        isAddress = register(FormField.of("sso.isAddress", "Identity Server address",
                Inputs.text(model.isAddressProperty()),
                "The IP address or host name of the Identity Server machine, as browsers and nodes reach it."));
        isPort = register(FormField.of("sso.isHttpsPort", "HTTPS port", Inputs.integer(model.isPortProperty()),
                "The Identity Server's HTTPS port; 9443 unless you changed its port offset."));
        isHome = register(FormField.of("sso.isHome", "IS_HOME", Inputs.text(model.isHomeProperty()),
                "The folder Identity Server is (or will be) unpacked to on that machine."));
        layout = register(FormField.of("sso.layout", "Version",
                Inputs.choice(model.layoutProperty(), IsLayout.values(), l -> "Identity Server " + l.version()),
                "Its version decides where its SSO settings file lives."));
        FileInput zip = new FileInput(model.isZipProperty(), "Choose the Identity Server zip",
                new FileChooser.ExtensionFilter("Zip archives", "*.zip"));
        isZip = register(new FormField("packs.isZip", "IS archive", zip, zip.pathField(),
                "The Identity Server zip on this computer, to unpack there. Empty: it is already installed."));
        publisherIssuer = register(FormField.of("sso.publisherIssuer", "Publisher issuer",
                Inputs.text(model.publisherIssuerProperty()), "The name the publisher app is registered under."));
        storeIssuer = register(FormField.of("sso.storeIssuer", "Store issuer",
                Inputs.text(model.storeIssuerProperty()), "The name the store app is registered under."));
        socialIssuer = register(FormField.of("sso.socialIssuer", "Social issuer",
                Inputs.text(model.socialIssuerProperty()), "The name the social app is registered under."));
        publisherAcs = register(derived("sso.publisherAcsUrl", "Publisher return URL", model.publisherAcsProperty(),
                model.derivedPublisherAcsProperty(), "Where the Identity Server sends users back to the publisher."));
        storeAcs = register(derived("sso.storeAcsUrl", "Store return URL", model.storeAcsProperty(),
                model.derivedStoreAcsProperty(), "Where the Identity Server sends users back to the store."));
        socialAcs = register(derived("sso.socialAcsUrl", "Social return URL", model.socialAcsProperty(),
                model.derivedSocialAcsProperty(), "Where the Identity Server sends users back to the social app."));
        idp = register(derived("sso.idpUrl", "Identity Server login URL", model.idpUrlProperty(),
                model.derivedIdpProperty(), "Where the nodes send users to log in."));
    }

    /** An override field whose prompt shows the derived value it replaces. */
    private static FormField derived(String path, String label, StringProperty value,
                                     ReadOnlyStringProperty derivedValue, String help) {
        TextField field = Inputs.text(value);
        field.promptTextProperty().bind(derivedValue);
        return FormField.of(path, label, field, help + " Leave empty to use the value shown in grey.");
    }

    @Override
    protected void layoutParts() {
        FormLayout form = new FormLayout()
                .field(enabled)
                .section("Identity Server")
                .field(isAddress).field(isPort).field(isHome).field(layout).field(isZip)
                .section("Apps")
                .field(publisherIssuer).field(storeIssuer).field(socialIssuer)
                .section("URLs (filled in for you)")
                .field(publisherAcs).field(storeAcs).field(socialAcs).field(idp);
        root.getChildren().add(form.grid());
    }

    @Override
    protected void bindFieldsToModel() {
        for (FormField f : List.of(isAddress, isPort, isHome, layout, isZip, publisherIssuer, storeIssuer,
                socialIssuer, publisherAcs, storeAcs, socialAcs, idp)) {
            f.disableWhen(model.enabledProperty().not());
        }
    }

    public SsoViewModel model() {
        return model;
    }
}
