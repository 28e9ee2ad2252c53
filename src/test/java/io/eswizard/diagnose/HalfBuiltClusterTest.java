package io.eswizard.diagnose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.eswizard.ansible.AnsibleTools;
import io.eswizard.ansible.ProjectRuns;
import io.eswizard.ansible.RunListener;
import io.eswizard.model.ClusterProject;
import io.eswizard.model.EsNode;
import io.eswizard.model.ProjectDefaults;
import io.eswizard.model.Secrets;
import io.eswizard.project.ProjectFiles;
import io.eswizard.testsupport.BundleLeaks;
import io.eswizard.testsupport.Prerequisites;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real diagnose.yml, through the real Ansible, on a cluster that was never set up: every ES_HOME
 * and IS_HOME is missing. Every machine (this one, on loopback) is still gathered, and README.txt says
 * which files are missing. Reads only.
 */
class HalfBuiltClusterTest {

    @TempDir
    Path dir;

    @Test
    void aClusterNeverSetUpStillGivesABundleNamingTheMissingFiles() throws Exception {
        Prerequisites.require(AnsibleTools.locate("ansible-playbook").isPresent(),
                "ansible-playbook is not installed (sudo apt-get install -y ansible)");
        ClusterProject project = ProjectDefaults.localSandbox("halfbuilt", 1, 1, dir.resolve("sandbox"), true);
        Path projectFile = dir.resolve("halfbuilt.eswiz");
        ProjectFiles.save(projectFile, project);
        Path out = dir.resolve("bundle.zip");
        String password = "Half-built-pw-42";

        DiagnosticsResult result = new Diagnostics(AnsibleTools.onPath(), projectFile)
                .start(project, new Secrets(password, ""), out, "test", RunListener.NONE).await();

        assertEquals(List.of(), result.missing(), result.run().message() + " " + result.run().lastLines());
        Map<String, byte[]> bundle = BundleLeaks.unzip(out);
        assertEquals(List.of(), BundleLeaks.leaks(bundle, List.of(password)));
        Map<String, List<List<String>>> readme = ReadmeTables.parse(
                new String(bundle.get("README.txt"), StandardCharsets.UTF_8));
        assertEquals(ProjectRuns.inventoryHosts(project),
                readme.get(DiagnosticsReadme.MACHINES).stream().map(r -> r.get(0)).toList());
        EsNode node = project.nodes().get(0);
        List<String> carbon = readme.get(DiagnosticsReadme.COLLECTED).stream()
                .filter(r -> r.get(1).equals(node.name()) && r.get(2).equals(node.esHome() + "/repository/conf/carbon.xml"))
                .findFirst().orElseThrow();
        assertEquals(List.of("-", "missing"), List.of(carbon.get(0), carbon.get(3)));
        for (String host : ProjectRuns.inventoryHosts(project)) {
            assertTrue(bundle.containsKey("machines/" + host + "/system/clock.txt"), host);
            assertTrue(bundle.containsKey("machines/" + host + "/commands/listening-ports.txt"), host);
        }
        assertTrue(new String(bundle.get("local/ansible-version.txt"), StandardCharsets.UTF_8)
                .startsWith("ansible-core 2."));
    }
}
