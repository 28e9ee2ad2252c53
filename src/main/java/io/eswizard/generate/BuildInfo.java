package io.eswizard.generate;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** Facts fixed at build time: the app version and the name of the bundled JDBC driver jar. */
public final class BuildInfo {

    private static final Properties PROPS = load();

    private BuildInfo() {
    }

    public static String version() {
        return PROPS.getProperty("version", "dev");
    }

    /** File name of the mysql-connector-java jar shipped inside the app (resource /bundled/NAME). */
    public static String bundledDriverFileName() {
        return PROPS.getProperty("jdbc.driver.file");
    }

    private static Properties load() {
        Properties p = new Properties();
        try (InputStream in = BuildInfo.class.getResourceAsStream("/eswizard-build.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }
}
