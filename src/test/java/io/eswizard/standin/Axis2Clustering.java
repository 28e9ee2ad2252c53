package io.eswizard.standin;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.w3c.dom.Element;

/** The clustering element of axis2.xml: enabled or not, its parameters and well-known members. */
record Axis2Clustering(boolean enabled, Map<String, String> parameters, List<String> members) {

    static Axis2Clustering read(Path home) throws StartFailure {
        Element axis2 = Xml.read(home.resolve("repository/conf/axis2/axis2.xml"));
        Element clustering = Xml.child(axis2, "clustering");
        if (clustering == null) {
            return new Axis2Clustering(false, Map.of(), List.of());
        }
        Map<String, String> parameters = new LinkedHashMap<>();
        for (Element p : Xml.children(clustering, "parameter")) {
            parameters.put(p.getAttribute("name"), p.getTextContent().trim());
        }
        List<String> members = new ArrayList<>();
        for (Element m : Xml.children(Xml.child(clustering, "members"), "member")) {
            members.add(Xml.text(m, "hostName") + ":" + Xml.text(m, "port"));
        }
        return new Axis2Clustering("true".equals(clustering.getAttribute("enable")), parameters, members);
    }

    /** ClusteringConstants.DEFAULT_DOMAIN when the parameter is absent, as Carbon does. */
    String domain() {
        return parameters.getOrDefault("domain", "wso2.carbon.domain");
    }

    String scheme() {
        return parameters.getOrDefault("membershipScheme", "multicast");
    }

    String localMemberHost() {
        return parameters.getOrDefault("localMemberHost", "").trim();
    }

    int localMemberPort() throws StartFailure {
        String port = parameters.getOrDefault("localMemberPort", "4000").trim();
        try {
            return Integer.parseInt(port);
        } catch (NumberFormatException e) {
            throw new StartFailure("axis2.xml clustering parameter localMemberPort is not a number: '" + port + "'");
        }
    }
}
