package io.eswizard.e2e;

import io.eswizard.model.ClusterProject;
import io.eswizard.model.EsNode;
import io.eswizard.model.IsLayout;
import io.eswizard.model.ProjectDefaults;
import io.eswizard.model.field.Field;
import io.eswizard.model.field.FieldValues;
import io.eswizard.testsupport.Prerequisites;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;

/**
 * A one-machine cluster for the end-to-end runs: every host a loopback address, every ES_HOME a
 * fresh copy of the stock ES 2.1.0 files with the stand-in server script, the IS_HOME a copy of
 * the stock IS files with the Identity Server stand-in (not started), and a private hosts file.
 */
final class E2ESandbox {

    static final String HOSTILE_PASSWORD = "p'a\"s:s{{x}}<&>#ü";

    final Path root;
    final Path hostsFile;
    final ClusterProject project;

    E2ESandbox(Path root, IsLayout isLayout) throws IOException {
        this(root, isLayout, "e2e-cluster");
    }

    /** @param name the cluster's name, which also names its NGINX site files */
    E2ESandbox(Path root, IsLayout isLayout, String name) throws IOException {
        this(root, isLayout, name, 2, 2);
    }

    E2ESandbox(Path root, IsLayout isLayout, String name, int publishers, int stores) throws IOException {
        this.root = root;
        Path fixtures = fixtures();
        ClusterProject base = ProjectDefaults.localSandbox(name, publishers, stores, root, true);
        for (EsNode node : base.nodes()) {
            Path home = Path.of(node.esHome());
            copyTree(fixtures.resolve("wso2es-2.1.0"), home);
            // folders every real ES pack has but the stock-config fixture leaves out
            Files.createDirectories(home.resolve("repository/components/lib"));
            Files.createDirectories(home.resolve("repository/logs"));
            StandIns.install(StandIns.ES, home);
        }
        String isFixture = isLayout == IsLayout.IS_5_0_0 ? "wso2is-5.0.0" : "wso2is-5.1.0";
        Path isHome = root.resolve("identity-server").resolve(isFixture);
        copyTree(fixtures.resolve(isFixture), isHome);
        StandIns.installIdentityServer(isHome, base.sso().isAddress(), base.sso().isHttpsPort());
        ClusterProject withIs = base.withSso(base.sso().withIdentityServer(base.sso().isAddress(), isHome.toString())
                .withoutUrlOverrides());
        this.project = FieldValues.write(Field.IS_LAYOUT, FieldValues.write(Field.SSO_ENABLED, withIs, true), isLayout);
        this.hostsFile = root.resolve("hosts");
        Files.writeString(hostsFile, "127.0.0.1\tlocalhost\n::1\tlocalhost ip6-localhost\n");
    }

    static Path fixtures() {
        return Prerequisites.fixtures();
    }

    /** Deletes a folder and everything in it; symbolic links are removed, not followed. */
    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            paths.forEach(p -> {
                try {
                    Path target = to.resolve(from.relativize(p).toString());
                    if (Files.isDirectory(p)) {
                        Files.createDirectories(target);
                    } else {
                        Files.copy(p, target, StandardCopyOption.REPLACE_EXISTING);
                        Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rw-r--r--"));
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
