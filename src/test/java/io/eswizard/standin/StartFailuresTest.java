package io.eswizard.standin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where a node refuses to start before any database answers: no driver, registry.xml and user-mgt.xml. */
class StartFailuresTest {

    private static final DataSourceDef REGISTRY_DS = new DataSourceDef(DataSourceDef.MASTER, "WSO2_REG_DB",
            "jdbc/WSO2RegDB", "jdbc:mysql://127.0.0.1:3306/WSO2REG_DB", "wso2es", "pw", "com.mysql.jdbc.Driver",
            "SELECT 1");

    @TempDir
    Path home;

    @Test
    void aMysqlDatasourceWithoutTheDriverInComponentsLibStopsTheStart() throws Exception {
        Files.createDirectories(home.resolve("repository/components/lib"));
        StartFailure e = assertThrows(StartFailure.class, () -> new Databases(home).open(REGISTRY_DS));
        assertTrue(e.getMessage().contains("master-datasources.xml datasource WSO2_REG_DB"), e.getMessage());
        assertTrue(e.getMessage().contains("'com.mysql.jdbc.Driver'"), e.getMessage());
        assertTrue(e.getMessage().contains("repository/components/lib"), e.getMessage());
    }

    @Test
    void aMountResolvesToItsDatasourceWhenCacheIdIsUserAtUrl() throws Exception {
        registry("wso2es@jdbc:mysql://127.0.0.1:3306/WSO2REG_DB", "jdbc/WSO2RegDB");
        assertEquals(List.of(REGISTRY_DS), RegistryMounts.mounted(home, List.of(REGISTRY_DS)));
    }

    @Test
    void aCacheIdOtherThanUserAtUrlStopsTheStart() throws Exception {
        registry("wso2es@jdbc:mysql://127.0.0.9:3306/WSO2REG_DB", "jdbc/WSO2RegDB");
        StartFailure e = assertThrows(StartFailure.class, () -> RegistryMounts.mounted(home, List.of(REGISTRY_DS)));
        assertTrue(e.getMessage().contains("registry.xml: remoteInstance 'instanceid' cacheId is "
                + "'wso2es@jdbc:mysql://127.0.0.9:3306/WSO2REG_DB'"), e.getMessage());
        assertTrue(e.getMessage().contains("'wso2es@jdbc:mysql://127.0.0.1:3306/WSO2REG_DB'"), e.getMessage());
    }

    @Test
    void aDbConfigNamingNoDatasourceStopsTheStart() throws Exception {
        registry("wso2es@jdbc:mysql://127.0.0.1:3306/WSO2REG_DB", "jdbc/NoSuchDB");
        StartFailure e = assertThrows(StartFailure.class, () -> RegistryMounts.mounted(home, List.of(REGISTRY_DS)));
        assertTrue(e.getMessage().contains("dbConfig 'sharedregistry' names dataSource 'jdbc/NoSuchDB'"),
                e.getMessage());
    }

    @Test
    void aUserStoreNamingNoDatasourceStopsTheStart() throws Exception {
        Files.createDirectories(home.resolve("repository/conf"));
        Files.writeString(home.resolve(RegistryMounts.USER_MGT), "<UserManager><Realm><Configuration>"
                + "<Property name=\"dataSource\">jdbc/WSO2UserDB</Property></Configuration></Realm></UserManager>");
        StartFailure e = assertThrows(StartFailure.class, () -> RegistryMounts.userStore(home, List.of(REGISTRY_DS)));
        assertTrue(e.getMessage().contains("user-mgt.xml: dataSource 'jdbc/WSO2UserDB'"), e.getMessage());
    }

    private void registry(String cacheId, String jndi) throws Exception {
        Files.createDirectories(home.resolve("repository/conf"));
        Files.writeString(home.resolve(RegistryMounts.REGISTRY), """
                <wso2registry>
                  <dbConfig name="wso2registry"><dataSource>jdbc/WSO2CarbonDB</dataSource></dbConfig>
                  <dbConfig name="sharedregistry"><dataSource>%s</dataSource></dbConfig>
                  <remoteInstance url="https://localhost:9443/registry">
                    <id>instanceid</id><dbConfig>sharedregistry</dbConfig><readOnly>false</readOnly>
                    <enableCache>true</enableCache><registryRoot>/</registryRoot><cacheId>%s</cacheId>
                  </remoteInstance>
                  <mount path="/_system/config" overwrite="true">
                    <instanceId>instanceid</instanceId><targetPath>/_system/config</targetPath>
                  </mount>
                </wso2registry>
                """.formatted(jndi, cacheId));
    }
}
