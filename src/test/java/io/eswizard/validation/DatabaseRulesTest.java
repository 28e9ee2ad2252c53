package io.eswizard.validation;

import static io.eswizard.validation.Findings.assertClean;
import static io.eswizard.validation.Findings.assertError;
import static io.eswizard.validation.Findings.assertNothingAt;
import static io.eswizard.validation.Findings.assertWarning;
import static io.eswizard.validation.Projects.with;

import io.eswizard.model.AdminAccess;
import io.eswizard.model.ClusterProject;
import io.eswizard.model.DriverSource;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatabaseRulesTest {

    private final ClusterProject clean = Projects.clean();

    private ClusterProject db(String component, Object value) {
        return clean.withDatabase(with(clean.database(), component, value));
    }

    private static ClusterProject db(ClusterProject p, String component, Object value) {
        return p.withDatabase(with(p.database(), component, value));
    }

    @Test
    void hostRequiredAndBare() {
        assertError(db("host", ""), "database.host", "database address is missing");
        assertError(db("host", "mysql://10.0.0.10"), "database.host", "'mysql://10.0.0.10'", "URL");
        assertError(db("host", "10.0.0.10:3306"), "database.host", "port has its own field");
        assertNothingAt(db("host", "db.internal"), "database.host");
        assertNothingAt(db("host", "fd00::10"), "database.host");
    }

    @Test
    void portInRange() {
        assertError(db("port", 0), "database.port", "MySQL port is 0");
        assertNothingAt(db("port", 3307), "database.port");
    }

    @Test
    void adminUserRequiredOnlyWithPasswordAccess() {
        ClusterProject password = db("adminAccess", AdminAccess.PASSWORD);
        assertNothingAt(password, "database.adminUser");
        assertError(db(password, "adminUser", ""), "database.adminUser", "is empty");
        assertNothingAt(db("adminUser", ""), "database.adminUser"); // socket access needs no admin user
    }

    @Test
    void appUserValidForMysql57() {
        assertError(db("appUser", "u".repeat(33)), "database.appUser", "u".repeat(33), "at most 32");
        assertError(db("appUser", "es user"), "database.appUser", "'es user'");
        assertNothingAt(db("appUser", "u".repeat(32)), "database.appUser");
    }

    @Test
    void anyHostIsRisky() {
        assertWarning(db("allowAnyHost", true), "database.allowAnyHost", "'%'");
    }

    @Test
    void databaseNamesAreMysqlIdentifiers() {
        assertError(db("registryDatabase", "reg-db"), "database.registryDatabase", "'reg-db'");
        assertError(db("userStoreDatabase", "2024"), "database.userStoreDatabase", "'2024'", "only digits");
        assertError(db("socialDatabase", ""), "database.socialDatabase", "is empty");
    }

    @Test
    void registryAndUserStoreMayShareADatabase() {
        assertClean(db("userStoreDatabase", "WSO2REG_DB"));
    }

    @Test
    void socialSharingADatabaseIsOnlyAWarning() {
        assertWarning(db("socialDatabase", "WSO2REG_DB"), "database.socialDatabase", "'WSO2REG_DB'",
                "backed up");
        assertWarning(db("socialDatabase", "WSO2USER_DB"), "database.socialDatabase", "'WSO2USER_DB'");
    }

    @Test
    void driverJarCheckedWhenChosen(@TempDir Path dir) throws Exception {
        ClusterProject file = db("driverSource", DriverSource.FILE);
        assertError(file, "database.driverJar", "No JDBC driver jar");
        assertError(db(file, "driverJar", "/tmp/mysql-connector.zip"), "database.driverJar",
                "'/tmp/mysql-connector.zip'", "not a .jar");
        String missing = dir.resolve("missing.jar").toString();
        assertError(db(file, "driverJar", missing), "database.driverJar", missing, "does not exist");
        Path jar = Files.writeString(dir.resolve("mysql-connector-java-5.1.49.jar"), "jar");
        assertNothingAt(db(file, "driverJar", jar.toString()), "database.driverJar");
        assertNothingAt(db("driverJar", "/ignored/when/bundled.zip"), "database.driverJar");
    }

    @Test
    void scriptsHomeAbsoluteWhenGiven() {
        assertError(db("scriptsHome", "wso2es-2.1.0"), "database.scriptsHome", "'wso2es-2.1.0'", "absolute");
        assertNothingAt(db("scriptsHome", "/opt/wso2es-2.1.0"), "database.scriptsHome");
    }
}
