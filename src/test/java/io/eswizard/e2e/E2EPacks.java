package io.eswizard.e2e;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;

/**
 * Product packs for runs that unpack them: an ES 2.1.0 zip made of the stock configuration files
 * plus the stand-in server script, an Identity Server zip of its stock files, and a stand-in JDK
 * (ES 2.1.0 needs Java 7 or 8, which this machine does not have; the stand-in server needs none).
 */
final class E2EPacks {

    static final String ES_TOP = "wso2es-2.1.0";

    private E2EPacks() {
    }

    /** wso2es-2.1.0.zip with one top folder, as WSO2 ships it. */
    static Path esZip(Path dir) throws IOException {
        Path zip = dir.resolve("wso2es-2.1.0.zip");
        try (OutputStream file = Files.newOutputStream(zip); ZipArchiveOutputStream out = new ZipArchiveOutputStream(file)) {
            addTree(out, E2ESandbox.fixtures().resolve(ES_TOP), ES_TOP);
            for (String empty : List.of("repository/components/lib/", "repository/logs/")) {
                out.putArchiveEntry(new ZipArchiveEntry(ES_TOP + "/" + empty));
                out.closeArchiveEntry();
            }
            try (InputStream script = E2EPacks.class.getResourceAsStream("/standin/wso2server.sh")) {
                add(out, ES_TOP + "/bin/wso2server.sh", script.readAllBytes(), 0755);
            }
        }
        return zip;
    }

    /**
     * The Identity Server's stock files in a zip with the given top folder, and as its server script
     * the Identity Server stand-in, set to listen on the given address and port (bin/standin.conf).
     */
    static Path isZip(Path dir, String fixture, String address, int port) throws IOException {
        Path zip = dir.resolve(fixture + ".zip");
        try (OutputStream file = Files.newOutputStream(zip); ZipArchiveOutputStream out = new ZipArchiveOutputStream(file)) {
            addTree(out, E2ESandbox.fixtures().resolve(fixture), fixture);
            try (InputStream script = E2EPacks.class.getResourceAsStream(StandIns.IDENTITY_SERVER)) {
                add(out, fixture + "/bin/wso2server.sh", script.readAllBytes(), 0755);
            }
            add(out, fixture + "/bin/standin.conf", ("address=" + address + "\nport=" + port + "\n")
                    .getBytes(StandardCharsets.UTF_8), 0644);
            out.putArchiveEntry(new ZipArchiveEntry(fixture + "/repository/logs/"));
            out.closeArchiveEntry();
        }
        return zip;
    }

    /** A JAVA_HOME whose bin/java says it is Java 8. */
    static Path standInJdk(Path dir) throws IOException {
        Path bin = Files.createDirectories(dir.resolve("jdk-standin/bin"));
        Path java = bin.resolve("java");
        Files.writeString(java, "#!/bin/sh\necho 'java version \"1.8.0_402\"' >&2\n", StandardCharsets.UTF_8);
        Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
        return bin.getParent();
    }

    private static void addTree(ZipArchiveOutputStream out, Path root, String top) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                add(out, top + "/" + root.relativize(f).toString().replace('\\', '/'), Files.readAllBytes(f), 0644);
            }
        }
    }

    private static void add(ZipArchiveOutputStream out, String name, byte[] bytes, int mode) throws IOException {
        ZipArchiveEntry e = new ZipArchiveEntry(name);
        e.setUnixMode(mode);
        out.putArchiveEntry(e);
        out.write(bytes);
        out.closeArchiveEntry();
    }
}
