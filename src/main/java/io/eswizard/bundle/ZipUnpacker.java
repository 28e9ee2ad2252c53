package io.eswizard.bundle;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Enumeration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/** Unpacks a WSO2 product zip (one top folder, e.g. wso2es-2.1.0/) so that its top folder becomes a given home. */
public final class ZipUnpacker {

    /** A zip that cannot be used; the message names it and says why. */
    public static final class UnpackException extends Exception {
        private static final long serialVersionUID = 1L;

        UnpackException(String message) {
            super(message);
        }
    }

    private ZipUnpacker() {
    }

    /**
     * Unpacks {@code zip} into {@code home}'s parent and checks that {@code home} then exists;
     * refuses entries that would land outside that folder. Shell scripts under bin/ become executable.
     */
    public static void unpackProduct(Path zip, Path home) throws IOException, UnpackException {
        Path parent = home.toAbsolutePath().normalize().getParent();
        Files.createDirectories(parent);
        try (ZipFile z = new ZipFile(zip.toFile())) {
            Enumeration<? extends ZipEntry> entries = z.entries();
            while (entries.hasMoreElements()) {
                ZipEntry e = entries.nextElement();
                Path target = parent.resolve(e.getName()).normalize();
                if (!target.startsWith(parent)) {
                    throw new UnpackException(zip + ": the entry '" + e.getName() + "' points outside the folder");
                }
                if (e.isDirectory()) {
                    Files.createDirectories(target);
                    continue;
                }
                Files.createDirectories(target.getParent());
                try (InputStream in = z.getInputStream(e)) {
                    Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
                }
                if (e.getName().endsWith(".sh")) {
                    target.toFile().setExecutable(true, false);
                }
            }
        } catch (ZipException e) {
            throw new UnpackException(zip + ": not a readable zip file (" + e.getMessage() + ")");
        } catch (java.nio.file.NoSuchFileException e) {
            throw new UnpackException(zip + ": no such file");
        }
        if (!Files.isDirectory(home)) {
            throw new UnpackException(zip + ": it has no top folder named '" + home.getFileName()
                    + "'; give the unmodified product zip");
        }
    }
}
