package io.eswizard.ui.pages.loadbalancer;

import io.eswizard.model.TlsMode;
import io.eswizard.model.field.Field;
import io.eswizard.model.field.Page;
import io.eswizard.ui.ProjectState;
import io.eswizard.ui.pages.PageViewModel;
import javafx.beans.binding.BooleanBinding;

/** NGINX in front of the nodes. */
public final class LoadBalancerViewModel extends PageViewModel {

    public LoadBalancerViewModel(ProjectState state) {
        super(state, Page.LOAD_BALANCER);
        start();
    }

    public BooleanBinding certificateFilesNeeded() {
        return choice(Field.TLS_MODE).isEqualTo(TlsMode.PROVIDED);
    }
}
