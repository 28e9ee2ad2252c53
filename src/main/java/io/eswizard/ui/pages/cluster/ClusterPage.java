package io.eswizard.ui.pages.cluster;

import io.eswizard.model.MembershipScheme;
import io.eswizard.model.field.Field;
import io.eswizard.ui.WizardContext;
import io.eswizard.ui.components.FormField;
import io.eswizard.ui.components.FormLayout;
import io.eswizard.ui.components.Inputs;
import io.eswizard.ui.pages.FormPage;
import javafx.collections.ListChangeListener;
import org.controlsfx.control.CheckListView;

/** How the nodes form one cluster, and the names users type in their browser. */
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
        domain = text(model, Field.CLUSTERING_DOMAIN);
        scheme = register(FormField.of(Field.MEMBERSHIP_SCHEME, Inputs.choice(model.choice(Field.MEMBERSHIP_SCHEME),
                MembershipScheme.values(), MembershipScheme::label)));
        memberList = new CheckListView<>(model.nodeNames());
        memberList.setPrefHeight(150);
        members = register(FormField.of(Field.WELL_KNOWN_MEMBERS, memberList));
        publisherHost = text(model, Field.PUBLISHER_HOST_NAME);
        storeHost = text(model, Field.STORE_HOST_NAME);
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
        members.disableWhen(model.choice(Field.MEMBERSHIP_SCHEME).isEqualTo(MembershipScheme.MULTICAST));
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
