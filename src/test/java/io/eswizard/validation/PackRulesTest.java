package io.eswizard.validation;

import static io.eswizard.validation.Findings.assertClean;
import static io.eswizard.validation.Findings.assertError;
import static io.eswizard.validation.Findings.assertNothingAt;

import io.eswizard.model.ClusterProject;
import io.eswizard.model.field.Field;
import io.eswizard.model.field.FieldValues;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PackRulesTest {

    private static ClusterProject packs(String es, String is, String jdk, String javaHome) {
        ClusterProject p = FieldValues.write(Field.ES_ZIP, Projects.clean(), es);
        p = FieldValues.write(Field.IS_ZIP, p, is);
        p = FieldValues.write(Field.JDK_ARCHIVE, p, jdk);
        return FieldValues.write(Field.JAVA_HOME, p, javaHome);
    }

    @Test
    void emptyPacksMeanAlreadyInstalled() {
        assertClean(packs("", "", "", ""));
    }

    @Test
    void givenArchivesMustBeReadable(@TempDir Path dir) throws Exception {
        Path es = Files.writeString(dir.resolve("wso2es-2.1.0.zip"), "zip");
        Path is = Files.writeString(dir.resolve("wso2is-5.1.0.zip"), "zip");
        Path jdk = Files.writeString(dir.resolve("jdk-8u202-linux-x64.tar.gz"), "tgz");
        assertClean(packs(es.toString(), is.toString(), jdk.toString(), "/opt/jdk1.8.0_202"));
        String missing = dir.resolve("gone.zip").toString();
        assertError(packs(missing, "", "", ""), "packs.esZip", missing, "does not exist");
        assertError(packs("", missing, "", ""), "packs.isZip", missing);
        assertError(packs("", "", dir.toString(), ""), "packs.jdkArchive", "is a folder");
    }

    @Test
    void javaHomeAbsoluteWhenGiven() {
        assertError(packs("", "", "", "jdk8"), "packs.javaHome", "'jdk8'", "absolute");
        assertNothingAt(packs("", "", "", "/usr/lib/jvm/java-8"), "packs.javaHome");
    }
}
