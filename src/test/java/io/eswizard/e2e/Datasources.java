package io.eswizard.e2e;

import io.eswizard.model.EsNode;
import java.nio.file.Path;
import java.util.List;

/** The MySQL datasources a node's master-datasources.xml ended up with, read by XPath. */
final class Datasources {

    record Entry(String name, String jndi, String url, String user, String password) {
    }

    private Datasources() {
    }

    static Path conf(EsNode n, String relative) {
        return Path.of(n.esHome(), "repository", "conf", relative);
    }

    /** The master-datasources.xml entry whose JDBC URL names the given database. */
    static Entry forDatabase(EsNode n, String database) throws Exception {
        Xml xml = Xml.parse(conf(n, "datasources/master-datasources.xml"));
        List<String> names = xml.texts("//datasource/name");
        for (String name : names) {
            String base = "//datasource[name='" + name + "']";
            String url = xml.text(base + "/definition/configuration/url");
            if (url.startsWith("jdbc:mysql:") && url.matches(".*/" + database + "([?].*)?$")) {
                return new Entry(name, xml.text(base + "/jndiConfig/name"), url,
                        xml.text(base + "/definition/configuration/username"),
                        xml.text(base + "/definition/configuration/password"));
            }
        }
        throw new AssertionError("no MySQL datasource for " + database + " in " + n.name() + " among " + names);
    }
}
