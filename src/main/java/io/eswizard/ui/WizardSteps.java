package io.eswizard.ui;

import io.eswizard.ui.pages.cluster.ClusterPage;
import io.eswizard.ui.pages.connection.ConnectionPage;
import io.eswizard.ui.pages.database.DatabasePage;
import io.eswizard.ui.pages.loadbalancer.LoadBalancerPage;
import io.eswizard.ui.pages.nodes.NodesPage;
import io.eswizard.ui.pages.review.ReviewPage;
import io.eswizard.ui.pages.sso.SsoPage;
import io.eswizard.ui.pages.start.StartPage;
import java.util.List;

/** The pages of the wizard, in order. The one list to edit when a page is added. */
public final class WizardSteps {

    public static final String REVIEW = "review";

    private WizardSteps() {
    }

    public static List<WizardStep> all() {
        return List.of(
                new WizardStep("start", "Start", List.of("name"), StartPage::new),
                new WizardStep("connection", "Connection", List.of("connection"), ConnectionPage::new),
                new WizardStep("database", "Database", List.of("database"), DatabasePage::new),
                new WizardStep("nodes", "Nodes", List.of("nodes", "packs"), NodesPage::new),
                new WizardStep("cluster", "Cluster", List.of("clustering", "hostNames"), ClusterPage::new),
                new WizardStep("sso", "Single sign-on", List.of("sso", "packs.isZip"), SsoPage::new),
                new WizardStep("load-balancer", "Load balancer", List.of("loadBalancer"), LoadBalancerPage::new),
                new WizardStep(REVIEW, "Review", List.of(), ReviewPage::new),
                new WizardStep("run", "Run", List.of(), io.eswizard.ui.pages.run.RunPage::new));
    }
}
