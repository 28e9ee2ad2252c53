package io.eswizard.model;

/**
 * The MySQL server shared by every node.
 *
 * @param host              address the nodes use to reach MySQL
 * @param port              MySQL port
 * @param installServer     install MySQL (MariaDB on Debian) or use a server that already runs
 * @param adminAccess       how the playbook logs in to create databases and users
 * @param adminUser         admin user when {@code adminAccess} is PASSWORD
 * @param appUser           the user the ES datasources log in as
 * @param allowAnyHost      let the application user connect from any host ('%') instead of the nodes only
 * @param registryDatabase  database of the shared registry
 * @param userStoreDatabase database of the user store
 * @param socialDatabase    database of the social store (ratings, comments)
 * @param driverSource      bundled JDBC driver or a jar the admin picks
 * @param driverJar         the picked jar when {@code driverSource} is FILE
 * @param scriptsHome       an ES_HOME on the database machine whose dbscripts to load; empty = read them
 *                          from the first ES node
 */
public record DatabaseSettings(
        String host,
        int port,
        boolean installServer,
        AdminAccess adminAccess,
        String adminUser,
        String appUser,
        boolean allowAnyHost,
        String registryDatabase,
        String userStoreDatabase,
        String socialDatabase,
        DriverSource driverSource,
        String driverJar,
        String scriptsHome) {

    public static DatabaseSettings defaults() {
        return new DatabaseSettings("", 3306, true, AdminAccess.SOCKET, "root", "wso2es", false,
                "WSO2REG_DB", "WSO2USER_DB", "WSO2SOCIAL_DB", DriverSource.BUNDLED, "", "");
    }

    public DatabaseSettings withHost(String newHost) {
        return new DatabaseSettings(newHost, port, installServer, adminAccess, adminUser, appUser, allowAnyHost,
                registryDatabase, userStoreDatabase, socialDatabase, driverSource, driverJar, scriptsHome);
    }
}
