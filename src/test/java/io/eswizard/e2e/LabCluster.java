package io.eswizard.e2e;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.eswizard.model.ClusterProject;
import io.eswizard.model.ConnectionSettings;
import io.eswizard.model.EsNode;
import io.eswizard.model.HostNames;
import io.eswizard.model.IsLayout;
import io.eswizard.model.LoadBalancerSettings;
import io.eswizard.model.ProductPacks;
import io.eswizard.model.ProjectDefaults;
import io.eswizard.model.SsoSettings;
import io.eswizard.model.TlsMode;
import io.eswizard.project.ProjectFiles;
import io.eswizard.project.SecretsSource;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A 2+2 project for the lab, as an admin would write it for separate machines: every role on its
 * own lab host, default ports, SSH as the lab user with sudo, the packs to unpack, a project file
 * and a secrets file next to it.
 */
final class LabCluster {

    static final String DATABASE = "db";
    static final String IDENTITY_SERVER = "is";
    static final String LOAD_BALANCER = "lb";
    static final String CLIENT = "client";
    static final List<String> NODES = List.of("publisher-1", "publisher-2", "store-1", "store-2");

    final ClusterProject project;
    final Path projectFile;

    private LabCluster(ClusterProject project, Path projectFile) {
        this.project = project;
        this.projectFile = projectFile;
    }

    static List<String> labHosts() {
        List<String> hosts = new ArrayList<>(List.of(DATABASE, IDENTITY_SERVER, LOAD_BALANCER));
        hosts.addAll(NODES);
        hosts.add(CLIENT);
        return hosts;
    }

    static LabCluster write(Lab lab, Path root) throws IOException {
        ClusterProject base = ProjectDefaults.reference("lab-cluster", 2, 2);
        List<EsNode> nodes = new ArrayList<>();
        for (EsNode n : base.nodes()) {
            nodes.add(n.withAddress(lab.address(n.name()))
                    .withEsHome(root.resolve("homes").resolve(n.name()).resolve(E2EPacks.ES_TOP).toString()));
        }
        Path packs = Files.createDirectories(root.resolve("packs"));
        SsoSettings sso = base.sso();
        ClusterProject p = base
                .withConnection(new ConnectionSettings(lab.user(), 22, lab.privateKey().toString(), true,
                        ConnectionSettings.DEFAULT_PYTHON, List.of()))
                .withDatabase(base.database().withHost(lab.address(DATABASE)))
                .withNodes(nodes)
                .withHostNames(new HostNames("publisher.lab.example", "store.lab.example"))
                .withSso(new SsoSettings(true, lab.address(IDENTITY_SERVER), 9443,
                        root.resolve("homes/is/wso2is-5.1.0").toString(), IsLayout.IS_5_1_0, sso.publisherIssuer(),
                        sso.storeIssuer(), sso.socialIssuer(), "", "", "", ""))
                .withLoadBalancer(new LoadBalancerSettings(lab.address(LOAD_BALANCER), true, 80, 443, TlsMode.GENERATE,
                        "", "", true, true, List.of()))
                .withPacks(new ProductPacks(E2EPacks.esZip(packs).toString(),
                        E2EPacks.isZip(packs, "wso2is-5.1.0", lab.address(IDENTITY_SERVER), 9443).toString(), "", E2EPacks.standInJdk(packs).toString(),
                        true));
        Path file = root.resolve("lab-cluster.eswiz");
        ProjectFiles.save(file, p);
        return new LabCluster(p, file);
    }

    /** A secrets file (mode 0600) with the database and sudo passwords, as an admin writes one. */
    static Path secretsFile(Path dir, String name, String databasePassword, String sudoPassword) throws IOException {
        Map<String, String> secrets = new LinkedHashMap<>();
        secrets.put(SecretsSource.DB_PASSWORD_KEY, databasePassword);
        secrets.put(SecretsSource.BECOME_PASSWORD_KEY, sudoPassword);
        Path file = dir.resolve(name);
        Files.deleteIfExists(file);
        Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        // JSON is YAML: every character of the passwords survives the quoting.
        Files.writeString(file, new ObjectMapper().writeValueAsString(secrets), StandardCharsets.UTF_8);
        return file;
    }
}
