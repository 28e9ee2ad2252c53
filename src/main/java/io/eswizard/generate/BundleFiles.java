package io.eswizard.generate;

import io.eswizard.model.ClusterProject;
import io.eswizard.model.DriverSource;
import java.nio.file.Path;

/**
 * Names of the files a run folder or bundle carries in {@code files/}, where Ansible's copy
 * module finds them by bare name. The generator writes these names; the exporter puts the files there.
 */
public final class BundleFiles {

    public static final String TLS_CERTIFICATE = "load-balancer-certificate.pem";
    public static final String TLS_PRIVATE_KEY = "load-balancer-private-key.pem";

    private BundleFiles() {
    }

    /** File name of the JDBC driver jar in files/. */
    public static String driverFileName(ClusterProject p) {
        if (p.database().driverSource() == DriverSource.FILE && !p.database().driverJar().isBlank()) {
            return Path.of(p.database().driverJar()).getFileName().toString();
        }
        return BuildInfo.bundledDriverFileName();
    }
}
