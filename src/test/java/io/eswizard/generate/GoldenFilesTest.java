package io.eswizard.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.eswizard.model.ClusterProject;
import io.eswizard.project.ProjectFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One folder per case under src/test/resources/golden/CASE: project.yaml in, expected/PATH out.
 * Regenerate after an intended change with {@code mvn test -Dtest=GoldenFilesTest -Dgolden.update=true}
 * and review the diff.
 */
class GoldenFilesTest {

    static final Path GOLDEN = Path.of("src/test/resources/golden");

    static Stream<String> cases() throws IOException {
        try (Stream<Path> dirs = Files.list(GOLDEN)) {
            return dirs.filter(d -> Files.isRegularFile(d.resolve("project.yaml")))
                    .map(d -> d.getFileName().toString()).sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("cases")
    void generatedFilesMatchTheGoldenOnes(String name) throws Exception {
        Path dir = GOLDEN.resolve(name);
        ClusterProject p = ProjectFiles.load(dir.resolve("project.yaml"));
        GeneratedFiles generated = InventoryGenerator.generate(p);
        Path expected = dir.resolve("expected");
        if (Boolean.getBoolean("golden.update")) {
            deleteTree(expected);
            for (Map.Entry<String, String> f : generated.files().entrySet()) {
                Path out = expected.resolve(f.getKey());
                Files.createDirectories(out.getParent());
                Files.writeString(out, f.getValue(), StandardCharsets.UTF_8);
            }
        }
        assertEquals(new TreeSet<>(relativeFiles(expected)), new TreeSet<>(generated.files().keySet()),
                "the same set of files");
        for (Map.Entry<String, String> f : generated.files().entrySet()) {
            assertEquals(Files.readString(expected.resolve(f.getKey()), StandardCharsets.UTF_8), f.getValue(),
                    name + "/" + f.getKey());
        }
    }

    @ParameterizedTest
    @MethodSource("cases")
    void everyGeneratedFileParsesAndIsDeterministic(String name) throws Exception {
        ClusterProject p = ProjectFiles.load(GOLDEN.resolve(name).resolve("project.yaml"));
        GeneratedFiles first = InventoryGenerator.generate(p);
        assertEquals(first, InventoryGenerator.generate(p), "byte-identical on a second run");
        for (Map.Entry<String, String> f : first.files().entrySet()) {
            assertNotNull(UnsafeTagYaml.create().load(f.getValue()), f.getKey());
        }
    }

    private static java.util.List<String> relativeFiles(Path root) throws IOException {
        if (!Files.isDirectory(root)) {
            return java.util.List.of();
        }
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).map(f -> root.relativize(f).toString().replace('\\', '/'))
                    .toList();
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path f : (Iterable<Path>) walk.sorted(java.util.Comparator.reverseOrder())::iterator) {
                Files.delete(f);
            }
        }
    }
}
