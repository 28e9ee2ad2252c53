package io.eswizard.validation;

import static io.eswizard.validation.Findings.assertError;
import static io.eswizard.validation.Findings.assertNothingAt;
import static io.eswizard.validation.Projects.withNode;

import io.eswizard.model.ClusterProject;
import io.eswizard.model.field.Field;
import io.eswizard.model.field.FieldValues;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** One rule for every folder on the targets, and a strict path for the Python interpreter. */
class RemotePathsTest {

    private final ClusterProject clean = Projects.clean();

    private ClusterProject esHome(String home) {
        return withNode(clean, 2, n -> n.withEsHome(home));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/usr", "/etc", "/opt", "/var", "/home", "/root", "/bin", "/sbin", "/lib", "/lib64",
            "/srv", "/tmp", "/boot", "/dev", "/proc", "/sys", "/run", "/usr/local", "/usr/lib", "/var/lib",
            "/usr/", "/etc//", "/opt/"})
    void aSystemFolderIsNeverAHome(String folder) {
        String named = folder.replaceAll("/+$", "");
        assertError(esHome(folder), "nodes[2].esHome", "ES_HOME of store-1", "'" + folder + "'",
                "system folder " + named, "ownership");
    }

    @Test
    void nothingInsideTheKernelsFileSystems() {
        assertError(esHome("/proc/self/cwd"), "nodes[2].esHome", "inside /proc");
        assertError(esHome("/dev/shm/es"), "nodes[2].esHome", "inside /dev");
        assertError(esHome("/sys/x"), "nodes[2].esHome", "inside /sys");
        assertError(esHome("/boot/es"), "nodes[2].esHome", "inside /boot");
    }

    @Test
    void theRootFolderIsRefused() {
        assertError(esHome("/"), "nodes[2].esHome", "root folder");
    }

    @Test
    void pathsAreNormalised() {
        assertError(esHome("/opt/.."), "nodes[2].esHome", "'/opt/..'", "'..' segment");
        assertError(esHome("/."), "nodes[2].esHome", "'/.'", "'.' segment");
        assertError(esHome("/opt/./es"), "nodes[2].esHome", "'.' segment");
        assertError(esHome("/opt/es/../../etc"), "nodes[2].esHome", "'..' segment");
        assertError(esHome("/opt//es"), "nodes[2].esHome", "'//'");
        assertError(esHome("/opt/es/"), "nodes[2].esHome", "ends with '/'", "as /opt/es");
        assertError(esHome("opt/es"), "nodes[2].esHome", "not an absolute path");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/opt/es$(id)", "/opt/es`id`", "/opt/'es'", "/opt/\"es\"", "/opt/es;rm", "/opt/es&",
            "/opt/es|x", "/opt/<es>", "/opt/(es)", "/opt/{{es}}", "/opt/es{%x%}", "/opt/es\\", "/opt/es*",
            "/opt/es?", "/opt/[es]", "/opt/es!", "/opt/es#", "/opt/~es", "/opt/es%", "/opt/es=1", "/opt/es,x",
            "/opt/es:x", "/opt/es^"})
    void shellAndTemplateCharactersAreRefused(String home) {
        String bad = home.substring("/opt/".length()).replaceAll("[A-Za-z0-9/]", "").substring(0, 1);
        assertError(esHome(home), "nodes[2].esHome", "contains '" + bad + "'", RemotePaths.ALLOWED);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/opt/wso2 es", "/opt/wso2\tes", "/opt/wso2\u00a0es", "/opt/wso2\u3000es"})
    void whitespaceIsRefused(String home) {
        assertError(esHome(home), "nodes[2].esHome", "contains a space");
    }

    @Test
    void controlCharactersAreNamed() {
        assertError(esHome("/opt/es\u0000x"), "nodes[2].esHome", "control character U+0000");
        assertError(esHome("/opt/es\u200bx"), "nodes[2].esHome", "control character U+200B");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/opt/wso2es-2.1.0", "/srv/es/publisher_1", "/opt/es+x/2.1.0", "/home/josé/sandbox/es",
            "/var/lib/es", "/usr/local/es", "/tmp/junit-123/sandbox/store-1/wso2es-2.1.0"})
    void ordinaryFoldersPass(String home) {
        assertNothingAt(esHome(home), "nodes[2].esHome");
    }

    @Test
    void everyFolderOfTheTargetsHasTheSameRule() {
        for (Field field : List.of(Field.IS_HOME, Field.JAVA_HOME, Field.SCRIPTS_HOME)) {
            assertError(FieldValues.write(field, clean, "/usr"), field.path(), "system folder /usr");
            assertError(FieldValues.write(field, clean, "/opt/$(id)"), field.path(), "contains '$'");
            assertError(FieldValues.write(field, clean, "/opt/.."), field.path(), "'..' segment");
            assertNothingAt(FieldValues.write(field, clean, "/opt/wso2-x"), field.path());
        }
    }

    @Test
    void thePythonInterpreterIsAStrictAbsolutePath() {
        String path = Field.PYTHON_INTERPRETER.path();
        assertError(FieldValues.write(Field.PYTHON_INTERPRETER, clean, "/usr/bin/python3; touch /tmp/x; #"), path,
                "The Python interpreter", "contains ';'");
        assertError(FieldValues.write(Field.PYTHON_INTERPRETER, clean, "/usr/bin/python3 -c x"), path,
                "contains a space");
        assertError(FieldValues.write(Field.PYTHON_INTERPRETER, clean, "python3"), path, "not an absolute path");
        assertError(FieldValues.write(Field.PYTHON_INTERPRETER, clean, "/usr/bin/../bin/python3"), path,
                "'..' segment");
        assertError(FieldValues.write(Field.PYTHON_INTERPRETER, clean, "/usr/bin/{{ x }}"), path, "contains");
        assertNothingAt(FieldValues.write(Field.PYTHON_INTERPRETER, clean, "/opt/python3.11/bin/python3.11"), path);
        assertNothingAt(clean, path);
    }
}
