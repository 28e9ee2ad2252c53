package io.eswizard.ui.pages.loadbalancer;

import io.eswizard.model.TlsMode;
import io.eswizard.model.field.Field;
import io.eswizard.ui.WizardContext;
import io.eswizard.ui.components.FileInput;
import io.eswizard.ui.components.FormField;
import io.eswizard.ui.components.FormLayout;
import io.eswizard.ui.components.Inputs;
import io.eswizard.ui.pages.FormPage;
import javafx.stage.FileChooser;

/** The NGINX load balancer users connect to. */
public final class LoadBalancerPage extends FormPage {

    private final LoadBalancerViewModel model;

    private FormField address;
    private FormField install;
    private FormField httpPort;
    private FormField httpsPort;
    private FormField tlsMode;
    private FormField cert;
    private FormField key;
    private FormField affinity;
    private FormField hostMappings;
    private FormField adminNetworks;

    public LoadBalancerPage(WizardContext context) {
        super("Load balancer", "NGINX receives every browser request on the public host names and passes it to a "
                + "publisher or store node. It also handles HTTPS.");
        this.model = new LoadBalancerViewModel(context.state());
    }

    @Override
    protected void initializeParts() {
        address = text(model, Field.LB_ADDRESS);
        install = check(model, Field.INSTALL_NGINX, "Install NGINX on that machine");
        httpPort = number(model, Field.LB_HTTP_PORT);
        httpsPort = number(model, Field.LB_HTTPS_PORT);
        tlsMode = register(FormField.of(Field.TLS_MODE,
                Inputs.choice(model.choice(Field.TLS_MODE), TlsMode.values(), TlsMode::label)));
        FileInput certInput = new FileInput(model.text(Field.CERT_FILE), "Choose the certificate (PEM)",
                new FileChooser.ExtensionFilter("PEM files", "*.pem", "*.crt", "*.cer"),
                new FileChooser.ExtensionFilter("All files", "*"));
        cert = register(new FormField(Field.CERT_FILE, certInput, certInput.pathField()));
        FileInput keyInput = new FileInput(model.text(Field.KEY_FILE), "Choose the private key (PEM)",
                new FileChooser.ExtensionFilter("PEM files", "*.pem", "*.key"),
                new FileChooser.ExtensionFilter("All files", "*"));
        key = register(new FormField(Field.KEY_FILE, keyInput, keyInput.pathField()));
        affinity = check(model, Field.SESSION_AFFINITY, "Keep each browser on one node");
        hostMappings = check(model, Field.WRITE_HOST_MAPPINGS, "Add the host names to /etc/hosts on every machine");
        adminNetworks = register(FormField.of(Field.ADMIN_NETWORKS, Inputs.text(model.adminNetworks())));
    }

    @Override
    protected void layoutParts() {
        FormLayout form = new FormLayout()
                .section("NGINX")
                .field(address).field(install).field(httpPort).field(httpsPort)
                .section("HTTPS")
                .field(tlsMode).field(cert).field(key)
                .section("Behaviour")
                .field(affinity).field(hostMappings)
                .section("Admin console")
                .field(adminNetworks);
        root.getChildren().add(form.grid());
    }

    @Override
    protected void bindFieldsToModel() {
        cert.disableWhen(model.certificateFilesNeeded().not());
        key.disableWhen(model.certificateFilesNeeded().not());
    }

    public LoadBalancerViewModel model() {
        return model;
    }
}
