package io.eswizard.standin;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.w3c.dom.Element;

/** An RDBMS datasource of a *-datasources.xml file, as Carbon's ndatasource component reads it. */
record DataSourceDef(String file, String name, String jndi, String url, String user, String password,
        String driver, String validationQuery) {

    static final String MASTER = "repository/conf/datasources/master-datasources.xml";
    static final String SOCIAL = "repository/conf/datasources/social-datasources.xml";

    /** The RDBMS datasources of master-datasources.xml and social-datasources.xml, in file order. */
    static List<DataSourceDef> readAll(Path home) throws StartFailure {
        List<DataSourceDef> all = new ArrayList<>();
        for (String file : List.of(MASTER, SOCIAL)) {
            Element root = Xml.read(home.resolve(file));
            for (Element ds : Xml.children(Xml.child(root, "datasources"), "datasource")) {
                Element definition = Xml.child(ds, "definition");
                if (definition == null || !"RDBMS".equals(definition.getAttribute("type"))) {
                    continue;
                }
                Element c = Xml.child(definition, "configuration");
                all.add(new DataSourceDef(file, Xml.text(ds, "name"), Xml.text(Xml.child(ds, "jndiConfig"), "name"),
                        Xml.text(c, "url"), Xml.text(c, "username"), Xml.text(c, "password"),
                        Xml.text(c, "driverClassName"), Xml.text(c, "validationQuery")));
            }
        }
        return all;
    }

    /** Carbon's embedded H2 databases come with Carbon itself, not from repository/components/lib. */
    boolean embedded() {
        return url.startsWith("jdbc:h2:");
    }

    String where() {
        return file + " datasource " + name;
    }
}
