package io.eswizard.ansible;

import io.eswizard.generate.InventoryGenerator;
import io.eswizard.model.ClusterProject;
import io.eswizard.model.EsNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Builds the {@link RunPlan} of an operation on a project, from the project and its run history. */
public final class RunPlans {

    private RunPlans() {
    }

    /** Reads the history for the preflight and the latest dry run; the rest follows from the project. */
    public static RunPlan of(ClusterProject p, Operation operation, RunHistory history) throws IOException {
        PreflightRecord.Status preflight = PreflightRecord.status(history, p);
        List<String> hosts = operation.limit().isEmpty() ? ProjectRuns.inventoryHosts(p) : operation.limit();
        if (operation instanceof Operation.Apply a) {
            return apply(p, a, hosts, history, preflight);
        }
        if (operation instanceof Operation.Teardown t) {
            return teardown(p, t, hosts, preflight);
        }
        if (operation instanceof Operation.Rollback r) {
            return rollback(p, r, preflight);
        }
        if (operation instanceof Operation.Backup b) {
            return new RunPlan(b.title(), List.of(new RunPlan.Machine(InventoryGenerator.DATABASE_HOST,
                    p.database().host(), List.of("dumps the ES databases into a backup folder of their own"))),
                    List.of(), "none.", List.of("None."), preflight);
        }
        if (operation instanceof Operation.Restore r) {
            List<RunPlan.Machine> machines = new ArrayList<>();
            machines.add(new RunPlan.Machine(InventoryGenerator.DATABASE_HOST, p.database().host(),
                    List.of("puts the ES databases back as backup " + r.id() + " holds them")));
            p.nodes().forEach(n -> machines.add(new RunPlan.Machine(n.name(), n.address(),
                    List.of("stops ES before the databases go back, then starts it"))));
            return new RunPlan(r.title(), machines, List.of(), "none: only the databases change.",
                    List.of("Every ES node stops, so the site is down until the nodes start again, one at a time."),
                    preflight);
        }
        return new RunPlan(operation.title(), p.nodes().stream().map(n -> new RunPlan.Machine(n.name(), n.address(),
                List.of("restarts ES, then waits until the node is back in the cluster"))).toList(), List.of(),
                "none.", List.of("ES on every node, one at a time, each back before the next: never all "
                + "publishers or all stores at once."), preflight);
    }

    private static RunPlan apply(ClusterProject p, Operation.Apply a, List<String> hosts, RunHistory history,
                                 PreflightRecord.Status preflight) throws IOException {
        List<RunPlan.Machine> machines = hosts.stream().map(h -> new RunPlan.Machine(h, address(p, h),
                setUp(p, h))).toList();
        Optional<RunHistory.PastRun> dryRun = DryRunFiles.latestFor(history, p);
        List<String> files = dryRun.isPresent() ? DryRunFiles.of(dryRun.get().folder()).stream()
                .filter(f -> hosts.contains(f.substring(0, f.indexOf(':')))).toList() : List.of();
        String note = dryRun.isEmpty() ? "not known yet: Dry run lists them, changing nothing. Each file is backed "
                + "up before it is edited."
                : files.isEmpty() ? "none, says the dry run " + dryRun.get().name() + "."
                : files.size() + (files.size() == 1 ? " file" : " files") + ", from the dry run "
                + dryRun.get().name() + "; each is backed up first.";
        List<String> restarts = new ArrayList<>();
        if (p.packs().startServers()) {
            restarts.add("ES on each node whose files change (a stopped node starts).");
            if (p.sso().enabled()) {
                restarts.add("The Identity Server, when its files change.");
            }
        } else {
            restarts.add("No ES or Identity Server starts: Start is off on the Nodes page.");
        }
        restarts.add("NGINX reloads when its site changes; MariaDB restarts when its settings change.");
        return new RunPlan(a.title(), machines, files, note, restarts, preflight);
    }

    /** What a run of site.yml does on one machine. */
    static List<String> setUp(ClusterProject p, String host) {
        List<String> does = new ArrayList<>();
        switch (host) {
            case InventoryGenerator.DATABASE_HOST -> {
                if (p.database().installServer()) {
                    does.add("installs MariaDB");
                }
                does.add("creates the ES databases and the application user");
            }
            case InventoryGenerator.IDENTITY_SERVER_HOST -> {
                does.add(p.packs().isZip().isBlank() ? "configures the Identity Server in " + p.sso().isHome()
                        : "unpacks the Identity Server into " + p.sso().isHome());
                does.add("registers the publisher and store for single sign-on");
            }
            case InventoryGenerator.LOAD_BALANCER_HOST -> {
                if (p.loadBalancer().installNginx()) {
                    does.add("installs NGINX");
                }
                does.add("writes NGINX's site and certificate for the cluster");
            }
            default -> node(p, host).ifPresent(n -> {
                if (!p.packs().jdkArchive().isBlank()) {
                    does.add("unpacks the JDK");
                }
                does.add((p.packs().esZip().isBlank() ? "configures ES in " : "unpacks ES into ") + n.esHome()
                        + " as a " + n.role().name().toLowerCase(java.util.Locale.ROOT));
                does.add("installs its service");
            });
        }
        if (p.loadBalancer().writeHostMappings()) {
            does.add("maps the public host names in /etc/hosts");
        }
        return does;
    }

    private static RunPlan teardown(ClusterProject p, Operation.Teardown t, List<String> hosts,
                                    PreflightRecord.Status preflight) {
        List<RunPlan.Machine> machines = new ArrayList<>();
        for (String h : hosts) {
            List<String> does = new ArrayList<>();
            switch (h) {
                case InventoryGenerator.DATABASE_HOST -> {
                    does.add("removes the application user's grants");
                    if (t.dropDatabases()) {
                        does.add("drops the ES databases, with all their data");
                    }
                }
                case InventoryGenerator.IDENTITY_SERVER_HOST -> does.add("stops the Identity Server and removes its "
                        + "service");
                case InventoryGenerator.LOAD_BALANCER_HOST -> does.add("removes the project's NGINX sites, "
                        + "certificate and key");
                default -> does.add("stops ES and removes its service; ES_HOME stays");
            }
            if (t.removePackages() && (h.equals(InventoryGenerator.DATABASE_HOST)
                    || h.equals(InventoryGenerator.LOAD_BALANCER_HOST))) {
                does.add("removes the packages the playbook installed");
            }
            machines.add(new RunPlan.Machine(h, address(p, h), does));
        }
        return new RunPlan(t.title(), machines, List.of(), "the project's own files and settings are removed; "
                + "homes, databases (unless dropped) and backups stay.", List.of("Every ES node and the Identity "
                + "Server stop; NGINX reloads without the cluster's sites."), preflight);
    }

    private static RunPlan rollback(ClusterProject p, Operation.Rollback r, PreflightRecord.Status preflight) {
        Set<String> hosts = new LinkedHashSet<>();
        r.files().forEach(f -> hosts.add(f.host()));
        List<RunPlan.Machine> machines = hosts.stream().map(h -> new RunPlan.Machine(h, address(p, h),
                List.of("puts back the files run " + r.runId() + " changed"))).toList();
        List<String> files = r.files().stream().map(f -> f.host() + ": " + f.path()).toList();
        return new RunPlan(r.title(), machines, files, files.size() + (files.size() == 1 ? " file" : " files")
                + ", each put back from its backup copy.", List.of("What reads them: the ES nodes one at a time, "
                + "the Identity Server, NGINX and MariaDB."), preflight);
    }

    /** The address of an inventory host, as the project gives it. */
    static String address(ClusterProject p, String host) {
        return switch (host) {
            case InventoryGenerator.DATABASE_HOST -> p.database().host();
            case InventoryGenerator.IDENTITY_SERVER_HOST -> p.sso().isAddress();
            case InventoryGenerator.LOAD_BALANCER_HOST -> p.loadBalancer().address();
            default -> node(p, host).map(EsNode::address).orElse("");
        };
    }

    private static Optional<EsNode> node(ClusterProject p, String host) {
        return p.nodes().stream().filter(n -> n.name().equals(host)).findFirst();
    }
}
