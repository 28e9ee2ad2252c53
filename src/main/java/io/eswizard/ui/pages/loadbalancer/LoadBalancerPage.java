package io.eswizard.ui.pages.loadbalancer;

import io.eswizard.model.TlsMode;
import io.eswizard.ui.WizardContext;
import io.eswizard.ui.components.FileInput;
import io.eswizard.ui.components.FormField;
import io.eswizard.ui.components.FormLayout;
import io.eswizard.ui.components.Inputs;
import io.eswizard.ui.pages.FormPage;
import javafx.stage.FileChooser;

/** Page 7: the NGINX load balancer users connect to. */
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

    public LoadBalancerPage(WizardContext context) {
        super("Load balancer", "NGINX receives every browser request on the public host names and passes it to a "
                + "publisher or store node. It also handles HTTPS.");
        this.model = new LoadBalancerViewModel(context.state());
    }

    @Override
    protected void initializeParts() {
        address = register(FormField.of("loadBalancer.address", "Load balancer address",
                Inputs.text(model.addressProperty()),
                "The IP address of the NGINX machine; the public host names must point here."));
        install = register(FormField.of("loadBalancer.installNginx", "Installation",
                Inputs.check("Install NGINX on that machine", model.installNginxProperty()),
                "Untick to use an NGINX that is already installed there."));
        httpPort = register(FormField.of("loadBalancer.httpPort", "HTTP port", Inputs.integer(model.httpPortProperty()),
                "Plain HTTP requests on this port are redirected to HTTPS; usually 80."));
        httpsPort = register(FormField.of("loadBalancer.httpsPort", "HTTPS port",
                Inputs.integer(model.httpsPortProperty()), "The port users connect to; usually 443."));
        tlsMode = register(FormField.of("loadBalancer.tlsMode", "Certificate",
                Inputs.choice(model.tlsModeProperty(), TlsMode.values(), LoadBalancerPage::describe),
                "A self-signed certificate makes browsers warn; use your own for real users."));
        FileInput certInput = new FileInput(model.certFileProperty(), "Choose the certificate (PEM)",
                new FileChooser.ExtensionFilter("PEM files", "*.pem", "*.crt", "*.cer"),
                new FileChooser.ExtensionFilter("All files", "*"));
        cert = register(new FormField("loadBalancer.certFile", "Certificate file", certInput, certInput.pathField(),
                "The certificate in PEM format, on this computer; it must cover both host names."));
        FileInput keyInput = new FileInput(model.keyFileProperty(), "Choose the private key (PEM)",
                new FileChooser.ExtensionFilter("PEM files", "*.pem", "*.key"),
                new FileChooser.ExtensionFilter("All files", "*"));
        key = register(new FormField("loadBalancer.keyFile", "Key file", keyInput, keyInput.pathField(),
                "The certificate's private key in PEM format, on this computer."));
        affinity = register(FormField.of("loadBalancer.sessionAffinity", "Sticky sessions",
                Inputs.check("Keep each browser on one node", model.sessionAffinityProperty()),
                "The ES apps keep sessions per node; leave this on."));
        hostMappings = register(FormField.of("loadBalancer.writeHostMappings", "Host names",
                Inputs.check("Add the host names to /etc/hosts on every machine", model.writeHostMappingsProperty()),
                "Lets the nodes reach the public names without DNS. Untick if your DNS already does."));
    }

    private static String describe(TlsMode mode) {
        return mode == TlsMode.GENERATE ? "Make a self-signed certificate" : "Use my certificate and key files";
    }

    @Override
    protected void layoutParts() {
        FormLayout form = new FormLayout()
                .section("NGINX")
                .field(address).field(install).field(httpPort).field(httpsPort)
                .section("HTTPS")
                .field(tlsMode).field(cert).field(key)
                .section("Behaviour")
                .field(affinity).field(hostMappings);
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
