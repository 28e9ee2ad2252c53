package io.eswizard.standin;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;

/** Opens datasources with the JDBC driver found in repository/components/lib, as a Carbon node does. */
final class Databases {

    static final String CATEGORY = "org.wso2.carbon.ndatasource.rdbms.RDBMSDataSourceReader";
    private static final int LOGIN_TIMEOUT_SECONDS = 10;

    private final ClassLoader lib;
    private final Path libDir;

    Databases(Path home) throws StartFailure {
        this.libDir = home.resolve("repository/components/lib");
        List<URL> jars = new ArrayList<>();
        if (Files.isDirectory(libDir)) {
            try (Stream<Path> files = Files.list(libDir)) {
                for (Path jar : files.filter(f -> f.toString().endsWith(".jar")).sorted().toList()) {
                    jars.add(jar.toUri().toURL());
                }
            } catch (IOException e) {
                throw new StartFailure("cannot list " + libDir + ": " + e.getMessage());
            }
        }
        this.lib = new URLClassLoader(jars.toArray(URL[]::new), ClassLoader.getPlatformClassLoader());
    }

    /** Connects with the datasource's exact URL, user and password and runs its validation query. */
    Connection open(DataSourceDef ds) throws StartFailure {
        Driver driver = driver(ds);
        Properties login = new Properties();
        login.setProperty("user", ds.user());
        login.setProperty("password", ds.password());
        login.setProperty("connectTimeout", Integer.toString(LOGIN_TIMEOUT_SECONDS * 1000));
        Connection c;
        try {
            c = driver.connect(ds.url(), login);
        } catch (SQLException e) {
            throw new StartFailure("Error in creating data source " + ds.name() + " (" + ds.file() + "): cannot connect to "
                    + ds.url() + " as '" + ds.user() + "': " + firstLine(e));
        }
        if (c == null) {
            throw new StartFailure(ds.where() + ": driver " + ds.driver() + " does not accept the url " + ds.url());
        }
        if (!ds.validationQuery().isEmpty()) {
            query(c, ds, ds.validationQuery());
        }
        return c;
    }

    /** Reads one row of a table through the datasource (the table must exist; it may be empty). */
    void readRow(DataSourceDef ds, String table, String what) throws StartFailure {
        try (Connection c = open(ds)) {
            query(c, ds, "SELECT * FROM " + table + " LIMIT 1");
        } catch (SQLException e) {
            throw new StartFailure(what + ": " + firstLine(e));
        } catch (StartFailure e) {
            throw new StartFailure(what + ": " + e.getMessage());
        }
    }

    private static void query(Connection c, DataSourceDef ds, String sql) throws StartFailure {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
        } catch (SQLException e) {
            throw new StartFailure(ds.where() + ": '" + sql + "' failed on " + ds.url() + ": " + firstLine(e));
        }
    }

    private Driver driver(DataSourceDef ds) throws StartFailure {
        try {
            return (Driver) Class.forName(ds.driver(), true, lib).getDeclaredConstructor().newInstance();
        } catch (ClassNotFoundException e) {
            throw new StartFailure(ds.where() + ": cannot load JDBC driver class '" + ds.driver()
                    + "': no jar in " + libDir + " holds it");
        } catch (ReflectiveOperationException | ClassCastException | LinkageError e) {
            throw new StartFailure(ds.where() + ": cannot load JDBC driver class '" + ds.driver() + "': " + e);
        }
    }

    private static String firstLine(SQLException e) {
        String m = String.valueOf(e.getMessage());
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl);
    }

}
