package io.eswizard.e2e;

import io.eswizard.model.ClusterProject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * Where the playbook's es_nginx role puts a cluster's files on this machine's NGINX (sites named
 * after their host names, the self-signed certificate named after the cluster), and reloading it.
 * MachineState puts the folders back after a suite.
 */
final class NginxSites {

    static final Path CONF_D = Path.of("/etc/nginx/conf.d");
    static final Path SSL = Path.of("/etc/nginx/ssl");

    private NginxSites() {
    }

    /** es_nginx_file_stem: the cluster name with anything but letters, digits, '_', '.', '-' replaced. */
    static String stem(ClusterProject project) {
        return project.name().replaceAll("[^A-Za-z0-9_.-]", "_");
    }

    /** The site the playbook writes for a public host name: named after it. */
    static Path site(String hostName) {
        return CONF_D.resolve(hostName + ".conf");
    }

    /** nginx -s reload when NGINX runs; fails when the configuration does not load. */
    static void reload() throws IOException, InterruptedException {
        if (!Files.exists(Path.of("/run/nginx.pid"))) {
            return;
        }
        Process p = new ProcessBuilder("nginx", "-s", "reload").redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        if (!p.waitFor(30, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IllegalStateException("nginx -s reload failed: " + out);
        }
    }
}
