package io.eswizard.ui.pages.cluster;

import io.eswizard.model.MembershipScheme;
import io.eswizard.ui.WizardContext;
import io.eswizard.ui.components.FormField;
import io.eswizard.ui.components.FormLayout;
import io.eswizard.ui.components.Inputs;
import io.eswizard.ui.pages.FormPage;
import javafx.collections.ListChangeListener;
import org.controlsfx.control.CheckListView;

/** Page 5: how the nodes form one cluster, and the names users type in their browser. */
public final class ClusterPage extends FormPage {

    private final ClusterViewModel model;
    private boolean syncing;

    private FormField domain;
    private FormField scheme;
    private FormField members;
    private FormField publisherHost;
    private FormField storeHost;
    private CheckListView<String> memberList;

    public ClusterPage(WizardContext context) {
        super("Cluster", "The nodes share state through Hazelcast clustering. Users reach the publisher and the "
                + "store by name; both names must point to the load balancer (DNS or /etc/hosts).");
        this.model = new ClusterViewModel(context.state());
    }

    @Override
    protected void initializeParts() {
        domain = register(FormField.of("clustering.domain", "Cluster domain", Inputs.text(model.domainProperty()),
                "A name shared by all nodes of this cluster; nodes with another domain stay out."));
        scheme = register(FormField.of("clustering.membershipScheme", "Membership",
                Inputs.choice(model.schemeProperty(), MembershipScheme.values(), ClusterPage::describe),
                "How nodes find each other. Well-known members works on every network."));
        memberList = new CheckListView<>(model.nodeNames());
        memberList.setPrefHeight(150);
        members = register(FormField.of("clustering.wellKnownMembers", "Well-known members", memberList,
                "Nodes the others contact first to join; tick at least one publisher and one store."));
        publisherHost = register(FormField.of("hostNames.publisher", "Publisher host name",
                Inputs.text(model.publisherHostProperty()),
                "The name users type to reach the publisher, e.g. publisher.example.com."));
        storeHost = register(FormField.of("hostNames.store", "Store host name", Inputs.text(model.storeHostProperty()),
                "The name users type to reach the store, e.g. store.example.com."));
    }

    private static String describe(MembershipScheme s) {
        return s == MembershipScheme.WKA ? "Well-known members (recommended)" : "Multicast (same network only)";
    }

    @Override
    protected void layoutParts() {
        FormLayout form = new FormLayout()
                .section("Clustering")
                .field(domain).field(scheme).field(members)
                .section("Public names")
                .field(publisherHost).field(storeHost);
        root.getChildren().add(form.grid());
    }

    @Override
    protected void bindFieldsToModel() {
        members.disableWhen(model.schemeProperty().isEqualTo(MembershipScheme.MULTICAST));
        showChecks();
        model.wellKnownMembers().addListener((ListChangeListener<String>) c -> showChecks());
        model.nodeNames().addListener((ListChangeListener<String>) c -> showChecks());
        memberList.getCheckModel().getCheckedItems().addListener((ListChangeListener<String>) c -> {
            if (syncing) {
                return;
            }
            for (String name : model.nodeNames()) {
                model.setMember(name, memberList.getCheckModel().isChecked(name));
            }
        });
    }

    private void showChecks() {
        syncing = true;
        try {
            for (String name : model.nodeNames()) {
                if (model.wellKnownMembers().contains(name)) {
                    memberList.getCheckModel().check(name);
                } else {
                    memberList.getCheckModel().clearCheck(name);
                }
            }
        } finally {
            syncing = false;
        }
    }

    public ClusterViewModel model() {
        return model;
    }
}
