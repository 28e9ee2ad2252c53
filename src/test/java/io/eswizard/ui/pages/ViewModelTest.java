package io.eswizard.ui.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.eswizard.model.ClusterProject;
import io.eswizard.model.DerivedUrls;
import io.eswizard.model.EsNode;
import io.eswizard.model.NodeRole;
import io.eswizard.model.ProjectDefaults;
import io.eswizard.model.field.Field;
import io.eswizard.ui.ProjectState;
import io.eswizard.ui.pages.cluster.ClusterViewModel;
import io.eswizard.ui.pages.connection.ConnectionViewModel;
import io.eswizard.ui.pages.database.DatabaseViewModel;
import io.eswizard.ui.pages.loadbalancer.LoadBalancerViewModel;
import io.eswizard.ui.pages.nodes.NodeRow;
import io.eswizard.ui.pages.nodes.NodesViewModel;
import io.eswizard.ui.pages.sso.SsoViewModel;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** View models convert to and from the core records; no FX toolkit needed. */
class ViewModelTest {

    private final ProjectState state = new ProjectState(ProjectDefaults.reference("t", 2, 2));

    @Test
    void databaseEditsReachTheRecordAndThePasswordStaysInSecrets() {
        DatabaseViewModel db = new DatabaseViewModel(state);
        assertFalse(state.isDirty());
        db.text(Field.DATABASE_HOST).set(" 10.0.0.5 ");
        db.number(Field.DATABASE_PORT).set(3307);
        db.text(Field.APP_PASSWORD).set("s3cret");
        assertEquals("10.0.0.5", state.project().database().host());
        assertEquals(3307, state.project().database().port());
        assertEquals("s3cret", state.secretsProperty().get().databasePassword());
        assertFalse(state.project().toString().contains("s3cret"));
        assertTrue(state.isDirty());
    }

    @Test
    void adminNetworksAreOneLineOnThePageAndAListInTheRecord() {
        LoadBalancerViewModel lb = new LoadBalancerViewModel(state);
        assertEquals("", lb.adminNetworks().get());
        lb.adminNetworks().set(" 10.0.0.0/8 ,, 2001:db8::/32, ");
        assertEquals(List.of("10.0.0.0/8", "2001:db8::/32"), state.project().loadBalancer().adminNetworks());
        state.replace(state.project().withLoadBalancer(state.project().loadBalancer()
                .withAdminNetworks(List.of("192.168.1.0/24", "10.1.0.0/16"))), null, false);
        assertEquals("192.168.1.0/24, 10.1.0.0/16", lb.adminNetworks().get());
    }

    @Test
    void passwordsKeepEveryCharacterAndOnlyThePagesFieldsHaveProperties() {
        DatabaseViewModel db = new DatabaseViewModel(state);
        db.text(Field.APP_PASSWORD).set(" p'a\"s:s{{x}} ");
        db.text(Field.ADMIN_PASSWORD).set("admin pw");
        assertEquals(new io.eswizard.model.Secrets(" p'a\"s:s{{x}} ", "admin pw"), state.secretsProperty().get());
        assertFalse(state.isDirty(), "passwords are not part of the project");
        db.text(Field.APP_USER).set("  app  ");
        assertEquals("app", state.project().database().appUser(), "text settings are stripped");
        assertThrows(IllegalArgumentException.class, () -> db.text(Field.SSH_USER));
        state.replace(state.project(), null, false);
        assertEquals("", db.text(Field.APP_PASSWORD).get(), "a new project starts without passwords");
    }

    @Test
    void aPasswordGivenElsewhereShowsOnItsPage() {
        ConnectionViewModel connection = new ConnectionViewModel(state);
        DatabaseViewModel db = new DatabaseViewModel(state);
        // the Run page's passwords dialog replaces the session's secrets
        state.secretsProperty().set(new io.eswizard.model.Secrets("app pw", "", "sudo pw", java.util.Map.of()));
        assertEquals("sudo pw", connection.text(Field.BECOME_PASSWORD).get());
        assertEquals("app pw", db.text(Field.APP_PASSWORD).get());
        connection.text(Field.BECOME_PASSWORD).set("typed");
        assertEquals("typed", state.secretsProperty().get().becomePassword());
        assertEquals("app pw", state.secretsProperty().get().databasePassword(), "the other passwords stay");
    }

    @Test
    void sudoPasswordsStayInSecretsProjectWideAndPerMachineAddress() {
        ConnectionViewModel connection = new ConnectionViewModel(state);
        connection.text(Field.BECOME_PASSWORD).set("s'u\"do {{y}}");
        var row = connection.addOverride();
        row.addressProperty().set("10.0.0.12");
        row.becomePasswordProperty().set("own one");
        var secrets = state.secretsProperty().get();
        assertEquals("s'u\"do {{y}}", secrets.becomePassword());
        assertEquals(java.util.Map.of("10.0.0.12", "own one"), secrets.becomePasswords());
        assertFalse(io.eswizard.project.ProjectFiles.toYaml(state.project()).contains("own one"),
                "never in the project file");

        row.addressProperty().set("10.0.0.13");
        assertEquals(java.util.Map.of("10.0.0.13", "own one"), state.secretsProperty().get().becomePasswords(),
                "the password follows the machine's address");
        connection.removeOverride(row);
        assertTrue(state.secretsProperty().get().becomePasswords().isEmpty());
        assertEquals("s'u\"do {{y}}", state.secretsProperty().get().becomePassword());
    }

    @Test
    void dirtyClearsWhenTheSavedVersionIsRestoredAndAfterSaving() {
        DatabaseViewModel db = new DatabaseViewModel(state);
        String original = db.text(Field.DATABASE_HOST).get();
        db.text(Field.DATABASE_HOST).set("db.example.org");
        assertTrue(state.isDirty());
        db.text(Field.DATABASE_HOST).set(original);
        assertFalse(state.isDirty());
        db.text(Field.DATABASE_HOST).set("db.example.org");
        state.markSaved(Path.of("x.yaml"), state.project());
        assertFalse(state.isDirty());
    }

    @Test
    void replacingTheProjectReloadsEveryViewModelWithoutMarkingItDirty() {
        DatabaseViewModel db = new DatabaseViewModel(state);
        NodesViewModel nodes = new NodesViewModel(state);
        ClusterProject sandbox = ProjectDefaults.localSandbox("s", 2, 2, Path.of("/tmp/sb"), true);
        state.replace(sandbox, null, false);
        assertEquals(sandbox.database().host(), db.text(Field.DATABASE_HOST).get());
        assertEquals("127.0.0.11", nodes.nodes().get(0).text(Field.NODE_ADDRESS).get());
        assertEquals(sandbox, state.project());
        assertFalse(state.isDirty());
    }

    @Test
    void nodeTableOperations() {
        NodesViewModel vm = new NodesViewModel(state);
        assertEquals(4, vm.nodes().size());
        NodeRow added = vm.add(NodeRole.STORE);
        assertEquals("store-3", added.text(Field.NODE_NAME).get());
        NodeRow copy = vm.duplicate(vm.nodes().get(0));
        assertEquals("publisher-3", copy.text(Field.NODE_NAME).get());
        assertEquals(1, vm.nodes().indexOf(copy));
        assertEquals(0, vm.move(copy, -1));
        assertEquals(List.of("publisher-3", "publisher-1", "publisher-2", "store-1", "store-2", "store-3"),
                state.project().nodes().stream().map(EsNode::name).toList());
        vm.remove(copy);
        vm.nodes().get(0).text(Field.NODE_ADDRESS).set("10.0.0.11");
        assertEquals("10.0.0.11", state.project().nodes().get(0).address());
        assertEquals(5, state.project().nodes().size());
    }

    @Test
    void renamingANodeKeepsItAWellKnownMember() {
        NodesViewModel nodes = new NodesViewModel(state);
        ClusterViewModel cluster = new ClusterViewModel(state);
        nodes.nodes().get(0).text(Field.NODE_NAME).set("pub-a");
        assertEquals(List.of("pub-a", "store-1"), state.project().clustering().wellKnownMembers());
        assertEquals(List.of("pub-a", "store-1"), cluster.wellKnownMembers());
        assertEquals("pub-a", cluster.nodeNames().get(0));
    }

    @Test
    void wellKnownMembersFollowTheNodeOrder() {
        ClusterViewModel cluster = new ClusterViewModel(state);
        cluster.setMember("store-2", true);
        cluster.setMember("publisher-2", true);
        cluster.setMember("store-1", false);
        assertEquals(List.of("publisher-1", "publisher-2", "store-2"), state.project().clustering().wellKnownMembers());
    }

    @Test
    void ssoShowsDerivedUrlsAndKeepsOverrides() {
        SsoViewModel sso = new SsoViewModel(state);
        sso.text(Field.IS_ADDRESS).set("10.0.0.6");
        assertEquals(DerivedUrls.idp(state.project()), sso.derived(Field.IDP_URL).get());
        assertEquals(DerivedUrls.publisherAcs(state.project()), sso.derived(Field.PUBLISHER_ACS_URL).get());
        sso.text(Field.PUBLISHER_ACS_URL).set("https://pub.example.org/publisher/acs");
        assertEquals("https://pub.example.org/publisher/acs", state.project().sso().publisherAcsUrl());
        assertEquals("https://pub.example.org/publisher/acs", DerivedUrls.publisherAcs(state.project()));
        sso.text(Field.IS_ZIP).set("/tmp/is.zip");
        assertEquals("/tmp/is.zip", state.project().packs().isZip());
    }

    @Test
    void hostOverridesRoundTrip() {
        ConnectionViewModel vm = new ConnectionViewModel(state);
        vm.addThisMachine();
        vm.overrides().get(0).sshPortProperty().set("2222");
        var o = state.project().connection().hostOverrides().get(0);
        assertTrue(o.local());
        assertEquals(2222, o.sshPort());
        assertEquals(null, o.sshUser());
        vm.removeOverride(vm.overrides().get(0));
        assertTrue(state.project().connection().hostOverrides().isEmpty());
    }
}
