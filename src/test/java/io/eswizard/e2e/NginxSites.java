package io.eswizard.e2e;

import io.eswizard.model.ClusterProject;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The files the playbook's es_nginx role writes for a cluster on this machine's NGINX (sites,
 * their backups, the self-signed certificate), found by the names the role gives them, and their removal.
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

    static Path site(ClusterProject project, String hostName) {
        return CONF_D.resolve(stem(project) + "-" + hostName + ".conf");
    }

    /** Every file of the cluster's sites and certificate, backups included. */
    static List<Path> files(ClusterProject project) throws IOException {
        List<Path> files = new ArrayList<>();
        String stem = stem(project);
        for (String name : List.of(project.hostNames().publisher(), project.hostNames().store())) {
            collect(CONF_D, stem + "-" + name + ".conf*", files);
        }
        collect(SSL, stem + ".crt*", files);
        collect(SSL, stem + ".key*", files);
        return files;
    }

    private static void collect(Path dir, String glob, List<Path> into) throws IOException {
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (DirectoryStream<Path> s = Files.newDirectoryStream(dir, glob)) {
            s.forEach(into::add);
        }
    }

    /** Deletes the cluster's files and has a running NGINX drop its sites. */
    static void remove(ClusterProject project) throws IOException, InterruptedException {
        for (Path f : files(project)) {
            Files.deleteIfExists(f);
        }
        reload();
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
