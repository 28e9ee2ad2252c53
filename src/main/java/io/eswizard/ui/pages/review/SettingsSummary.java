package io.eswizard.ui.pages.review;

import io.eswizard.model.ClusterProject;
import io.eswizard.model.EsNode;
import io.eswizard.model.Secrets;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every setting of a project as readable lines, grouped like the wizard's pages. Reads the
 * records' own components, so a new setting shows up here without UI changes.
 */
public final class SettingsSummary {

    private SettingsSummary() {
    }

    /** Page title -> "Label: value" lines. */
    public static Map<String, List<String>> of(ClusterProject p, Secrets secrets) {
        Map<String, List<String>> groups = new LinkedHashMap<>();
        groups.put("Start", List.of("Project name: " + p.name()));
        groups.put("Connection", lines(p.connection()));
        List<String> database = new ArrayList<>(lines(p.database()));
        database.add("Application password: " + (secrets.hasDatabasePassword() ? "entered (not saved)"
                : "not entered yet"));
        groups.put("Database", database);
        List<String> nodes = new ArrayList<>();
        for (EsNode n : p.nodes()) {
            nodes.add(n.name() + " (" + n.role().id() + "): " + orNone(n.address()) + ", HTTPS port " + n.httpsPort()
                    + ", member port " + n.memberPort() + ", ES_HOME " + n.esHome());
        }
        nodes.addAll(lines(p.packs()));
        groups.put("Nodes", nodes);
        List<String> cluster = new ArrayList<>(lines(p.clustering()));
        cluster.addAll(lines(p.hostNames()));
        groups.put("Cluster", cluster);
        groups.put("Single sign-on", lines(p.sso()));
        groups.put("Load balancer", lines(p.loadBalancer()));
        return groups;
    }

    static List<String> lines(Record record) {
        List<String> lines = new ArrayList<>();
        for (RecordComponent c : record.getClass().getRecordComponents()) {
            try {
                lines.add(humanize(c.getName()) + ": " + show(c.getAccessor().invoke(record)));
            } catch (ReflectiveOperationException e) {
                lines.add(humanize(c.getName()) + ": ?");
            }
        }
        return lines;
    }

    private static String show(Object value) {
        if (value instanceof Boolean b) {
            return b ? "yes" : "no";
        }
        if (value instanceof List<?> list) {
            return list.isEmpty() ? "(none)" : list.stream().map(SettingsSummary::show).toList().toString();
        }
        if (value instanceof Record r) {
            return String.join(", ", lines(r));
        }
        return value == null ? "(inherit)" : orNone(value.toString());
    }

    private static String orNone(String s) {
        return s.isBlank() ? "(empty)" : s;
    }

    /** "sshUser" -> "Ssh user". */
    static String humanize(String name) {
        String spaced = name.replaceAll("([a-z0-9])([A-Z])", "$1 $2").toLowerCase();
        return Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
    }
}
