package io.eswizard.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.eswizard.model.ClusterProject;
import io.eswizard.model.ProjectDefaults;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class FieldPathsTest {

    private final ClusterProject project = ProjectDefaults.localSandbox("demo", 2, 3, Path.of("/srv/sb"), true);

    @Test
    void aNodeSettingNamedByTheNodeBecomesItsPlaceInTheProjectAndItsWizardLabel() {
        String path = FieldPaths.fromPlaybook("nodes[store-2].memberPort", project);
        assertEquals("nodes[3].memberPort", path);
        assertEquals("Nodes › store-2 › Member port", VerifyCheck.label(path, project));
        assertEquals("Nodes › publisher-1 › Port offset",
                VerifyCheck.label(FieldPaths.fromPlaybook("nodes[publisher-1].portOffset", project), project));
    }

    @Test
    void settingsOutsideTheNodesKeepTheirPathAndGetTheirPageAndLabel() {
        assertEquals("sso.storeIssuer", FieldPaths.fromPlaybook("sso.storeIssuer", project));
        assertEquals("Single sign-on › Store issuer", VerifyCheck.label("sso.storeIssuer", project));
        assertEquals("Single sign-on › Identity Server login URL", VerifyCheck.label("sso.idpUrl", project));
        assertEquals("Cluster › Store host name", VerifyCheck.label("hostNames.store", project));
        assertEquals("Database › Registry database", VerifyCheck.label("database.registryDatabase", project));
        assertEquals("Load balancer › HTTPS port", VerifyCheck.label("loadBalancer.httpsPort", project));
    }

    @Test
    void whatIsUnknownStaysAsGivenAndNothingStaysNothing() {
        assertEquals("nodes[store-9].memberPort", FieldPaths.fromPlaybook("nodes[store-9].memberPort", project));
        assertEquals("nodes[store-9].memberPort", VerifyCheck.label("nodes[store-9].memberPort", project));
        assertEquals("Nodes › Node 8 › Member port", VerifyCheck.label("nodes[7].memberPort", project), "no eighth node");
        assertEquals("sso.somethingNew", VerifyCheck.label("sso.somethingNew", project));
        assertEquals("", VerifyCheck.label("", project));
        assertEquals("", FieldPaths.fromPlaybook(null, project));
    }

    @Test
    void eachInventoryHostHasTheSettingThatHoldsItsAddress() {
        assertEquals("database.host", FieldPaths.addressOf("database", project));
        assertEquals("sso.isAddress", FieldPaths.addressOf("identity-server", project));
        assertEquals("loadBalancer.address", FieldPaths.addressOf("load-balancer", project));
        assertEquals("nodes[4].address", FieldPaths.addressOf("store-3", project));
        assertEquals("", FieldPaths.addressOf("localhost", project));
    }
}
