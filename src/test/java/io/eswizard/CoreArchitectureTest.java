package io.eswizard;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The core (everything but the UI) works without JavaFX, so the command line and tests need no toolkit. */
class CoreArchitectureTest {

    static final String[] CORE = {"io.eswizard.model..", "io.eswizard.project..", "io.eswizard.validation..",
        "io.eswizard.generate..", "io.eswizard.bundle..", "io.eswizard.ansible..", "io.eswizard.cli..", "io.eswizard.verify.."};

    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.eswizard");

    @Test
    void corePackagesDoNotUseJavaFx() {
        noClasses().that().resideInAnyPackage(CORE)
                .should().dependOnClassesThat().resideInAPackage("javafx..")
                .check(MAIN);
    }

    /** Guards the rule above against an importer that sees nothing: the UI must be seen using JavaFX. */
    @Test
    void theImporterSeesTheUiUsingJavaFx() {
        classes().that().haveSimpleName("WizardApp")
                .should().dependOnClassesThat().resideInAPackage("javafx..")
                .check(MAIN);
    }
}
