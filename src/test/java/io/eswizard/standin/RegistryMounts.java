package io.eswizard.standin;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.w3c.dom.Element;

/**
 * registry.xml and user-mgt.xml resolved as Carbon resolves them: each mount to its remoteInstance,
 * each remoteInstance to its dbConfig, each dbConfig to a datasource by JNDI name, with the
 * remoteInstance's cacheId equal to that datasource's user@url; the user store to its datasource.
 */
final class RegistryMounts {

    static final String REGISTRY = "repository/conf/registry.xml";
    static final String USER_MGT = "repository/conf/user-mgt.xml";

    private RegistryMounts() {
    }

    /** The datasources the mounts read from, one per mount, in registry.xml's order. */
    static List<DataSourceDef> mounted(Path home, List<DataSourceDef> all) throws StartFailure {
        Element registry = Xml.read(home.resolve(REGISTRY));
        List<DataSourceDef> out = new ArrayList<>();
        for (Element mount : Xml.children(registry, "mount")) {
            String path = mount.getAttribute("path");
            String instanceId = Xml.text(mount, "instanceId");
            Element instance = Xml.children(registry, "remoteInstance").stream()
                    .filter(r -> instanceId.equals(Xml.text(r, "id"))).findFirst()
                    .orElseThrow(() -> new StartFailure(REGISTRY + ": the mount of " + path
                            + " names remoteInstance '" + instanceId + "', which registry.xml does not define"));
            String dbConfigName = Xml.text(instance, "dbConfig");
            Element dbConfig = Xml.children(registry, "dbConfig").stream()
                    .filter(d -> dbConfigName.equals(d.getAttribute("name"))).findFirst()
                    .orElseThrow(() -> new StartFailure(REGISTRY + ": remoteInstance '" + instanceId
                            + "' names dbConfig '" + dbConfigName + "', which registry.xml does not define"));
            String jndi = Xml.text(dbConfig, "dataSource");
            DataSourceDef ds = byJndi(all, jndi).orElseThrow(() -> new StartFailure(REGISTRY + ": dbConfig '"
                    + dbConfigName + "' names dataSource '" + jndi + "', which no datasource defines"));
            String cacheId = Xml.text(instance, "cacheId");
            String expected = ds.user() + "@" + ds.url();
            if (!cacheId.equals(expected)) {
                throw new StartFailure(REGISTRY + ": remoteInstance '" + instanceId + "' cacheId is '" + cacheId
                        + "', but its datasource " + ds.name() + " connects as '" + expected + "'");
            }
            out.add(ds);
        }
        return out;
    }

    /** The user store's datasource (user-mgt.xml Realm/Configuration/Property[@name='dataSource']). */
    static DataSourceDef userStore(Path home, List<DataSourceDef> all) throws StartFailure {
        Element userMgt = Xml.read(home.resolve(USER_MGT));
        Element configuration = Xml.path(userMgt, "Realm", "Configuration");
        String jndi = Xml.children(configuration, "Property").stream()
                .filter(p -> "dataSource".equals(p.getAttribute("name"))).map(p -> p.getTextContent().trim())
                .findFirst().orElseThrow(() -> new StartFailure(USER_MGT + ": Realm/Configuration has no dataSource"));
        return byJndi(all, jndi).orElseThrow(() -> new StartFailure(USER_MGT + ": dataSource '" + jndi
                + "' is no datasource's JNDI name"));
    }

    private static Optional<DataSourceDef> byJndi(List<DataSourceDef> all, String jndi) {
        return all.stream().filter(d -> d.jndi().equals(jndi)).findFirst();
    }
}
