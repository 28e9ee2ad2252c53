package io.eswizard.validation;

import io.eswizard.model.field.Field;
import io.eswizard.model.field.FieldRef;
import io.eswizard.model.ClusterProject;
import io.eswizard.model.ProductPacks;
import java.util.List;

/** The Product packs page: archives on this machine and JAVA_HOME on the targets. All optional. */
final class PackRules {

    private PackRules() {
    }

    static void check(ClusterProject p, List<Problem> out) {
        ProductPacks packs = p.packs();
        optionalFile(out, Field.ES_ZIP.ref(), "The ES pack", Text.of(packs.esZip()));
        optionalFile(out, Field.IS_ZIP.ref(), "The Identity Server pack", Text.of(packs.isZip()));
        optionalFile(out, Field.JDK_ARCHIVE.ref(), "The JDK archive", Text.of(packs.jdkArchive()));
        String javaHome = Text.of(packs.javaHome());
        if (!javaHome.isBlank()) {
            RemotePaths.checkFolder(out, Field.JAVA_HOME.ref(), "JAVA_HOME", javaHome, "/opt/jdk1.8.0");
        }
    }

    private static void optionalFile(List<Problem> out, FieldRef path, String what, String value) {
        if (!value.isBlank()) {
            LocalFiles.checkReadable(out, path, what, value);
        }
    }
}
