package io.eswizard.ui.pages.sso;

import io.eswizard.model.IsLayout;
import io.eswizard.model.field.Field;
import io.eswizard.ui.WizardContext;
import io.eswizard.ui.components.FileInput;
import io.eswizard.ui.components.FormField;
import io.eswizard.ui.components.FormLayout;
import io.eswizard.ui.components.Inputs;
import io.eswizard.ui.pages.FormPage;
import java.util.List;
import javafx.scene.control.TextField;
import javafx.stage.FileChooser;

/** Single sign-on through WSO2 Identity Server. */
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
        enabled = check(model, Field.SSO_ENABLED, "Use WSO2 Identity Server for logging in");
        isAddress = text(model, Field.IS_ADDRESS);
        isPort = number(model, Field.IS_HTTPS_PORT);
        isHome = text(model, Field.IS_HOME);
        layout = register(FormField.of(Field.IS_LAYOUT, Inputs.choice(model.<IsLayout>choice(Field.IS_LAYOUT),
                IsLayout.values(), IsLayout::label)));
        FileInput zip = new FileInput(model.text(Field.IS_ZIP), "Choose the Identity Server zip",
                new FileChooser.ExtensionFilter("Zip archives", "*.zip"));
        isZip = register(new FormField(Field.IS_ZIP, zip, zip.pathField()));
        publisherIssuer = text(model, Field.PUBLISHER_ISSUER);
        storeIssuer = text(model, Field.STORE_ISSUER);
        socialIssuer = text(model, Field.SOCIAL_ISSUER);
        publisherAcs = register(derived(Field.PUBLISHER_ACS_URL));
        storeAcs = register(derived(Field.STORE_ACS_URL));
        socialAcs = register(derived(Field.SOCIAL_ACS_URL));
        idp = register(derived(Field.IDP_URL));
    }

    /** An override field whose prompt shows the derived value it replaces. */
    private FormField derived(Field field) {
        TextField input = Inputs.text(model.text(field));
        input.promptTextProperty().bind(model.derived(field));
        return FormField.of(field, input);
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
            f.disableWhen(model.flag(Field.SSO_ENABLED).not());
        }
    }

    public SsoViewModel model() {
        return model;
    }
}
