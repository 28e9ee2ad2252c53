package io.eswizard.ui.pages.loadbalancer;

import io.eswizard.model.ClusterProject;
import io.eswizard.model.TlsMode;
import io.eswizard.model.field.Field;
import io.eswizard.model.field.Page;
import io.eswizard.ui.ProjectState;
import io.eswizard.ui.pages.PageViewModel;
import java.util.Arrays;
import java.util.List;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** NGINX in front of the nodes. */
public final class LoadBalancerViewModel extends PageViewModel {

    private static final String SEPARATOR = ", ";

    private final StringProperty adminNetworks = new SimpleStringProperty("");

    public LoadBalancerViewModel(ProjectState state) {
        super(state, Page.LOAD_BALANCER);
        watch(adminNetworks);
        start();
    }

    public BooleanBinding certificateFilesNeeded() {
        return choice(Field.TLS_MODE).isEqualTo(TlsMode.PROVIDED);
    }

    /** The networks the admin console is reachable from, as one line separated by commas. */
    public StringProperty adminNetworks() {
        return adminNetworks;
    }

    @Override
    protected void load(ClusterProject p) {
        adminNetworks.set(String.join(SEPARATOR, p.loadBalancer().adminNetworks()));
    }

    @Override
    protected ClusterProject applyTo(ClusterProject p) {
        return p.withLoadBalancer(p.loadBalancer().withAdminNetworks(networks(adminNetworks.get())));
    }

    /** The entries of a line separated by commas, each without surrounding spaces; empty entries dropped. */
    static List<String> networks(String line) {
        return Arrays.stream(line == null ? new String[0] : line.split(","))
                .map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
