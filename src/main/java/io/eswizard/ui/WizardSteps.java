package io.eswizard.ui;

import io.eswizard.model.field.Page;
import io.eswizard.ui.pages.cluster.ClusterPage;
import io.eswizard.ui.pages.connection.ConnectionPage;
import io.eswizard.ui.pages.database.DatabasePage;
import io.eswizard.ui.pages.loadbalancer.LoadBalancerPage;
import io.eswizard.ui.pages.nodes.NodesPage;
import io.eswizard.ui.pages.review.ReviewPage;
import io.eswizard.ui.pages.run.RunPage;
import io.eswizard.ui.pages.sso.SsoPage;
import io.eswizard.ui.pages.start.StartPage;
import io.eswizard.ui.pages.verify.VerifyPage;
import io.eswizard.ui.pages.WizardPage;
import java.util.List;
import java.util.function.Consumer;

/** The pages of the wizard, in order, with what builds each. The one list to edit when a page is added. */
public final class WizardSteps {

    private WizardSteps() {
    }

    public static List<WizardStep> all() {
        return List.of(
                new WizardStep(Page.START, StartPage::new),
                new WizardStep(Page.CONNECTION, ConnectionPage::new),
                new WizardStep(Page.DATABASE, DatabasePage::new),
                new WizardStep(Page.NODES, NodesPage::new),
                new WizardStep(Page.CLUSTER, ClusterPage::new),
                new WizardStep(Page.SSO, SsoPage::new),
                new WizardStep(Page.LOAD_BALANCER, LoadBalancerPage::new),
                new WizardStep(Page.REVIEW, ReviewPage::new),
                new WizardStep(Page.RUN, RunPage::new),
                new WizardStep(Page.VERIFY, VerifyPage::new));
    }

    /** A whole run that succeeded goes on to the Verify step, which checks the cluster at once. */
    static void verifyAfterEachRun(List<WizardPage> pages, WizardViewModel navigation, Consumer<Page> show) {
        RunPage run = (RunPage) pages.get(navigation.indexOf(Page.RUN));
        VerifyPage verify = (VerifyPage) pages.get(navigation.indexOf(Page.VERIFY));
        run.viewModel().onApplySucceeded(summary -> {
            show.accept(Page.VERIFY);
            verify.verifyNow();
        });
    }

    /** The pages alone, in order: what the wizard's navigation needs. */
    public static List<Page> pages() {
        return all().stream().map(WizardStep::page).toList();
    }
}
