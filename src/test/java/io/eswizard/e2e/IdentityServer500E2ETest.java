package io.eswizard.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.eswizard.bundle.BundleWriter;
import io.eswizard.model.ClusterProject;
import io.eswizard.model.DerivedUrls;
import io.eswizard.model.IsLayout;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The IS 5.0.0 layout (repository/conf/security/) gets the same three service providers,
 * idempotently, and the running Identity Server is restarted once to load them.
 */
class IdentityServer500E2ETest {

    private MachineState machine;
    private Path root;
    private ClusterProject project;

    @AfterEach
    void removeEverything() throws Exception {
        try {
            if (project != null) {
                StandIns.stopAll(project);
            }
        } finally {
            // The run makes the Identity Server a service of this machine, run by the servers' user.
            if (machine != null) {
                machine.restore();
            }
            if (root != null) {
                E2ESandbox.deleteTree(root);
            }
        }
    }

    /** What the Identity Server stand-in logged at each start: how many service providers it read, from where. */
    static List<String> serviceProvidersLoaded(ClusterProject project) throws java.io.IOException {
        Path log = Path.of(project.sso().isHome(), "repository/logs/wso2carbon.log");
        return Files.readAllLines(log).stream().filter(l -> l.contains("service providers read from"))
                .map(l -> l.replaceFirst(".* -  (\\d+ service providers read from \\S+) .*", "$1")).toList();
    }

    @Test
    void serviceProvidersAreRegisteredInTheIs500Layout() throws Exception {
        E2EPrerequisites.require();
        machine = MachineState.take();
        root = E2EPrerequisites.tempRoot("esw-e2e-is500-");
        E2ESandbox sandbox = new E2ESandbox(root, IsLayout.IS_5_0_0);
        project = sandbox.project;
        StandIns.command(Path.of(project.sso().isHome()), "start");
        Path runFolder = root.resolve("run");
        BundleWriter.writeRunFolder(project, runFolder);
        List<String> args = new ArrayList<>(E2EPrerequisites.secretAndTestVars(project, runFolder, sandbox.hostsFile));
        args.add("--limit");
        args.add("identity-server");

        PlaybookProcess.Result first = PlaybookProcess.run(runFolder, args, root.resolve("first.jsonl"));
        assertEquals(0, first.exitCode(), () -> E2EPrerequisites.failures(first.lines()));

        Path config = Path.of(project.sso().isHome(), "repository/conf/security/sso-idp-config.xml");
        Xml idp = Xml.parse(config);
        assertEquals(List.of(DerivedUrls.publisherAcs(project)),
                ClusterPlaybookE2ETest.acsOf(idp, project.sso().publisherIssuer()));
        assertEquals(List.of(DerivedUrls.storeAcs(project)), ClusterPlaybookE2ETest.acsOf(idp, project.sso().storeIssuer()));
        assertEquals(List.of(DerivedUrls.socialAcs(project)),
                ClusterPlaybookE2ETest.acsOf(idp, project.sso().socialIssuer()));
        assertEquals(1, idp.count("//ServiceProvider[Issuer='wso2.my.dashboard']"));

        PlaybookProcess.Result second = PlaybookProcess.run(runFolder, args, root.resolve("second.jsonl"));
        assertEquals(0, second.exitCode(), () -> E2EPrerequisites.failures(second.lines()));
        assertEquals(0, second.recap().total("changed"), () -> E2EPrerequisites.changedTasks(second.lines()).toString());
        String sso = "repository/conf/security/sso-idp-config.xml";
        assertEquals(List.of("1 service providers read from " + sso, "4 service providers read from " + sso),
                serviceProvidersLoaded(project), "restarted by the first run only");
    }
}
