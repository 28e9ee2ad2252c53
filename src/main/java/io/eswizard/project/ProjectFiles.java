package io.eswizard.project;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.eswizard.model.ClusterProject;
import io.eswizard.model.field.Field;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Project files: the one YAML format of a {@link ClusterProject}, shared by the wizard and the
 * command line. A top-level {@code schemaVersion} comes first; older versions are migrated on
 * load, newer ones refused. Loading refuses anything but plain YAML and says where and why.
 */
public final class ProjectFiles {

    /** The schema this version writes and reads: the newest of the catalogue's settings. */
    public static final int SCHEMA_VERSION = Field.schemaVersion();
    public static final String SCHEMA_VERSION_KEY = "schemaVersion";
    /** The endings of a project file's name: the wizard's own, and plain YAML. */
    public static final List<String> EXTENSIONS = List.of(".eswiz", ".yaml", ".yml");
    /** Far more than any real project; keeps a hostile file from exhausting memory (1 MiB). */
    public static final int MAX_FILE_BYTES = 1024 * 1024;

    private static final YAMLMapper MAPPER = ProjectMapper.create();
    private static final List<SchemaMigration> MIGRATIONS = migrations();
    private static final String HEADER = "# ES Cluster Wizard project. Passwords are never stored here.\n";

    private ProjectFiles() {
    }

    private static List<SchemaMigration> migrations() {
        List<SchemaMigration> all = new ArrayList<>();
        all.add(new MigrateV0ToV1());
        all.addAll(MigrateAddedSettings.upTo(SCHEMA_VERSION, MAPPER));
        return List.copyOf(all);
    }

    public static ClusterProject load(Path file) throws ProjectFileException {
        String name = file.toString();
        String text = readText(name, file);
        YamlPrescan.Result scan = YamlPrescan.scan(name, text);
        int version = schemaVersion(name, scan);
        // The parser stays open until the error is translated: the message quotes its current token.
        try (JsonParser parser = MAPPER.createParser(text)) {
            try {
                if (version == SCHEMA_VERSION) {
                    return MAPPER.readValue(parser, ClusterProject.class);
                }
                ObjectNode root = (ObjectNode) MAPPER.readTree(parser);
                migrate(name, root, version);
                return MAPPER.treeToValue(root, ClusterProject.class);
            } catch (IOException e) {
                throw withVersion(JacksonProblems.translate(name, e), version);
            }
        } catch (IOException e) {
            throw JacksonProblems.translate(name, e);
        }
    }

    private static ProjectFileException withVersion(ProjectFileException p, int version) {
        if (version == SCHEMA_VERSION) {
            return p;
        }
        return new ProjectFileException(p.file(), p.line(), p.column(), p.fieldPath(),
                p.problem() + " (after upgrading the file from schema " + version + ")");
    }

    /** Saves atomically; the previous version of the file is kept as NAME.bak. */
    public static void save(Path file, ClusterProject project) throws IOException {
        byte[] bytes = toYaml(project).getBytes(StandardCharsets.UTF_8);
        AtomicFiles.write(file, out -> out.write(bytes), true);
    }

    public static String toYaml(ClusterProject project) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put(SCHEMA_VERSION_KEY, SCHEMA_VERSION);
        root.setAll((ObjectNode) MAPPER.valueToTree(project));
        try {
            return HEADER + MAPPER.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String readText(String name, Path file) throws ProjectFileException {
        byte[] bytes;
        try {
            bytes = RegularFiles.read(file, MAX_FILE_BYTES, "a project file");
        } catch (RegularFiles.NotReadable e) {
            String problem = e.missing()
                    ? "no such file; create one with 'es-cluster-wizard init " + name + "'" : e.getMessage();
            throw new ProjectFileException(name, 0, 0, "", problem);
        }
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                throw new ProjectFileException(name, lineAt(bytes, i), 0, "",
                        "is a binary file (it contains NUL bytes), not a YAML project file");
            }
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            int bad = firstInvalidUtf8(bytes);
            throw new ProjectFileException(name, lineAt(bytes, bad), 0, "", "is not UTF-8 text (invalid byte 0x"
                    + String.format("%02x", bytes[bad] & 0xff) + " at offset " + bad
                    + "); save it as UTF-8");
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        if (text.isBlank()) {
            throw new ProjectFileException(name, 0, 0, "", "is empty; create a project with 'es-cluster-wizard init "
                    + name + " --force' or open it in the wizard");
        }
        return text;
    }

    private static int schemaVersion(String name, YamlPrescan.Result scan) throws ProjectFileException {
        if (scan.schemaVersion() == null) {
            throw new ProjectFileException(name, 1, 0, SCHEMA_VERSION_KEY, "missing; a project file starts with '"
                    + SCHEMA_VERSION_KEY + ": " + SCHEMA_VERSION + "' (is this an ES Cluster Wizard project?)");
        }
        int version;
        try {
            version = Integer.parseInt(scan.schemaVersion().trim());
        } catch (NumberFormatException e) {
            throw new ProjectFileException(name, scan.schemaVersionLine(), 0, SCHEMA_VERSION_KEY,
                    "expected a whole number such as " + SCHEMA_VERSION + ", found \"" + scan.schemaVersion() + "\"");
        }
        if (version > SCHEMA_VERSION) {
            throw new ProjectFileException(name, scan.schemaVersionLine(), 0, SCHEMA_VERSION_KEY,
                    "written by a newer version of ES Cluster Wizard (schema " + version + "); this version reads up to "
                            + SCHEMA_VERSION + ". Update ES Cluster Wizard to open it");
        }
        if (version < MIGRATIONS.get(0).fromVersion()) {
            throw new ProjectFileException(name, scan.schemaVersionLine(), 0, SCHEMA_VERSION_KEY,
                    "unknown schema " + version + "; versions " + MIGRATIONS.get(0).fromVersion() + " to "
                            + SCHEMA_VERSION + " can be read");
        }
        return version;
    }

    private static void migrate(String name, ObjectNode root, int from) throws ProjectFileException {
        for (SchemaMigration m : MIGRATIONS) {
            if (m.fromVersion() >= from) {
                try {
                    m.migrate(root);
                } catch (SchemaMigration.MigrationException e) {
                    throw new ProjectFileException(name, 0, 0, e.fieldPath(), e.getMessage()
                            + " (while upgrading the file from schema " + m.fromVersion() + ")");
                }
            }
        }
        root.remove(SCHEMA_VERSION_KEY);
    }

    private static int lineAt(byte[] bytes, int offset) {
        int line = 1;
        for (int i = 0; i < offset && i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }

    private static int firstInvalidUtf8(byte[] bytes) {
        var decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        var out = java.nio.CharBuffer.allocate(bytes.length + 1);
        var result = decoder.decode(in, out, true);
        return result.isError() ? in.position() : 0;
    }

    /** Whether the file name ends as a project file's does (any case). */
    public static boolean hasProjectExtension(String fileName) {
        String lower = fileName.toLowerCase(java.util.Locale.ROOT);
        return EXTENSIONS.stream().anyMatch(lower::endsWith);
    }

    /** The file's name without its project-file ending: the name a new project takes from its file. */
    public static String baseName(Path file) {
        String name = file.getFileName().toString();
        return hasProjectExtension(name) ? name.substring(0, name.lastIndexOf('.')) : name;
    }
}
