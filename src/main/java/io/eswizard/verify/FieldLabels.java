package io.eswizard.verify;

import io.eswizard.model.ClusterProject;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the wizard calls each project setting a check can point at, as "Page › Field", e.g.
 * "Nodes › store-2 › Member port" for {@code nodes[3].memberPort}. The one place these words live
 * outside the pages, until a field catalogue holds them all.
 */
public final class FieldLabels {

    static final String SEPARATOR = " › ";
    private static final Pattern NODE_FIELD = Pattern.compile("nodes\\[(\\d+)]\\.(\\w+)");

    /** The wizard step of each top-level part of a field path. */
    private static final Map<String, String> PAGES = Map.of(
            "name", "Start",
            "connection", "Connection",
            "database", "Database",
            "nodes", "Nodes",
            "packs", "Nodes",
            "clustering", "Cluster",
            "hostNames", "Cluster",
            "sso", "Single sign-on",
            "loadBalancer", "Load balancer");

    /** Field labels as the pages show them; a node's fields without their index. */
    private static final Map<String, String> FIELDS = Map.ofEntries(
            Map.entry("nodes.name", "Name"),
            Map.entry("nodes.role", "Role"),
            Map.entry("nodes.address", "Address"),
            Map.entry("nodes.esHome", "ES_HOME"),
            Map.entry("nodes.portOffset", "Port offset"),
            Map.entry("nodes.memberPort", "Member port"),
            Map.entry("nodes.localMemberHost", "Cluster address"),
            Map.entry("clustering.domain", "Cluster domain"),
            Map.entry("clustering.membershipScheme", "Membership"),
            Map.entry("clustering.wellKnownMembers", "Well-known members"),
            Map.entry("hostNames.publisher", "Publisher host name"),
            Map.entry("hostNames.store", "Store host name"),
            Map.entry("sso.enabled", "Single sign-on"),
            Map.entry("sso.isAddress", "Identity Server address"),
            Map.entry("sso.isHttpsPort", "HTTPS port"),
            Map.entry("sso.isHome", "IS_HOME"),
            Map.entry("sso.layout", "Version"),
            Map.entry("sso.publisherIssuer", "Publisher issuer"),
            Map.entry("sso.storeIssuer", "Store issuer"),
            Map.entry("sso.socialIssuer", "Social issuer"),
            Map.entry("sso.publisherAcsUrl", "Publisher return URL"),
            Map.entry("sso.storeAcsUrl", "Store return URL"),
            Map.entry("sso.socialAcsUrl", "Social return URL"),
            Map.entry("sso.idpUrl", "Identity Server login URL"),
            Map.entry("database.host", "Database address"),
            Map.entry("database.port", "Port"),
            Map.entry("database.appUser", "Application user"),
            Map.entry("database.allowAnyHost", "Remote access"),
            Map.entry("database.registryDatabase", "Registry database"),
            Map.entry("database.userStoreDatabase", "User store database"),
            Map.entry("database.socialDatabase", "Social database"),
            Map.entry("loadBalancer.address", "Load balancer address"),
            Map.entry("loadBalancer.installNginx", "Installation"),
            Map.entry("loadBalancer.httpsPort", "HTTPS port"),
            Map.entry("loadBalancer.tlsMode", "Certificate"),
            Map.entry("connection.sshUser", "SSH user"),
            Map.entry("connection.sshPort", "SSH port"),
            Map.entry("connection.become", "Administrator rights"),
            Map.entry("connection.pythonInterpreter", "Python on the machines"));

    private FieldLabels() {
    }

    /** "Page › Field" (with the node's name for a node's field); the path itself when it is unknown; "" for "". */
    public static String label(String fieldPath, ClusterProject project) {
        if (fieldPath == null || fieldPath.isEmpty()) {
            return "";
        }
        Matcher node = NODE_FIELD.matcher(fieldPath);
        if (node.matches()) {
            int index = Integer.parseInt(node.group(1));
            String field = FIELDS.get("nodes." + node.group(2));
            if (field == null || index >= project.nodes().size()) {
                return fieldPath;
            }
            return PAGES.get("nodes") + SEPARATOR + project.nodes().get(index).name() + SEPARATOR + field;
        }
        String field = FIELDS.get(fieldPath);
        String page = PAGES.get(fieldPath.split("\\.", 2)[0]);
        return field == null || page == null ? fieldPath : page + SEPARATOR + field;
    }
}
