package io.eswizard.e2e;

import io.eswizard.model.ClusterProject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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

    /**
     * The servers of the upstream blocks of a site file, in order ("address:port"), read as NGINX
     * reads them: comments dropped, directives split at ';', blocks at braces.
     */
    static List<String> upstreamServers(Path site) throws IOException {
        String text = Files.readString(site).replaceAll("#[^\n]*", " ");
        List<String> servers = new ArrayList<>();
        Matcher block = Pattern.compile("\\bupstream\\s+\\S+\\s*\\{([^}]*)}").matcher(text);
        while (block.find()) {
            for (String directive : block.group(1).split(";")) {
                String[] words = directive.trim().split("\\s+");
                if (words.length >= 2 && words[0].equals("server")) {
                    servers.add(words[1]);
                }
            }
        }
        return servers;
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
