package io.eswizard.ui;

import java.io.File;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;

/** The {@link WindowDriver} that the system properties name, if any. */
final class WindowDrivers {

    static final String DRIVER = "esw.driver";
    static final String PATH = "esw.driverPath";

    private WindowDrivers() {
    }

    /**
     * The driver {@value #DRIVER} names, made with its no-argument constructor; empty when none is named.
     *
     * @throws IllegalArgumentException naming the property and what to fix when it cannot be made
     */
    static Optional<WindowDriver> named(Properties properties) {
        String name = properties.getProperty(DRIVER, "").trim();
        if (name.isEmpty()) {
            return Optional.empty();
        }
        String path = properties.getProperty(PATH, "").trim();
        String setting = "-D" + DRIVER + "=" + name;
        try {
            Class<?> type = Class.forName(name, true, loader(path));
            if (!WindowDriver.class.isAssignableFrom(type)) {
                throw new IllegalArgumentException(setting + ": the class is not a " + WindowDriver.class.getName());
            }
            return Optional.of((WindowDriver) type.getConstructor().newInstance());
        } catch (ClassNotFoundException e) {
            throw new IllegalArgumentException(setting + ": no such class on the class path"
                    + (path.isEmpty() ? "" : " or in -D" + PATH + "=" + path)
                    + "; the drivers are test classes: run mvn test-compile and add target/test-classes");
        } catch (ReflectiveOperationException | LinkageError e) {
            throw new IllegalArgumentException(setting + ": cannot make one (" + e
                    + "); a driver needs a public no-argument constructor");
        }
    }

    private static ClassLoader loader(String path) {
        ClassLoader app = WindowDrivers.class.getClassLoader();
        if (path.isEmpty()) {
            return app;
        }
        List<URL> urls = new ArrayList<>();
        for (String entry : path.split(File.pathSeparator)) {
            if (!entry.isBlank()) {
                try {
                    urls.add(Path.of(entry.trim()).toAbsolutePath().toUri().toURL());
                } catch (MalformedURLException e) {
                    throw new IllegalArgumentException("-D" + PATH + "=" + path + ": not a folder or jar: " + entry, e);
                }
            }
        }
        return new URLClassLoader(urls.toArray(URL[]::new), app);
    }
}
