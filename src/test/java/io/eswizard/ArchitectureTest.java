package io.eswizard;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The shape of the code: the core (everything but the UI) works without JavaFX, each package uses
 * only the layers below it, and no two packages depend on each other.
 */
class ArchitectureTest {

    static final String[] CORE = {"io.eswizard.model..", "io.eswizard.project..", "io.eswizard.validation..",
        "io.eswizard.generate..", "io.eswizard.bundle..", "io.eswizard.ansible..", "io.eswizard.verify..",
        "io.eswizard.diagnose..", "io.eswizard.cli.."};

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

    /**
     * model ← project, validation ← generate ← bundle ← ansible ← verify ← diagnose ← cli, ui; the launcher on top picks
     * the command line or the wizard. project and validation are side by side: neither uses the other.
     */
    @Test
    void eachLayerUsesOnlyTheLayersBelowIt() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("model").definedBy("io.eswizard.model..")
                .layer("project").definedBy("io.eswizard.project..")
                .layer("validation").definedBy("io.eswizard.validation..")
                .layer("generate").definedBy("io.eswizard.generate..")
                .layer("bundle").definedBy("io.eswizard.bundle..")
                .layer("ansible").definedBy("io.eswizard.ansible..")
                .layer("verify").definedBy("io.eswizard.verify..")
                .layer("diagnose").definedBy("io.eswizard.diagnose..")
                .layer("cli").definedBy("io.eswizard.cli..")
                .layer("ui").definedBy("io.eswizard.ui..")
                .layer("launcher").definedBy("io.eswizard")
                .whereLayer("launcher").mayNotBeAccessedByAnyLayer()
                .whereLayer("cli").mayOnlyBeAccessedByLayers("launcher")
                .whereLayer("ui").mayOnlyBeAccessedByLayers("launcher")
                .whereLayer("diagnose").mayOnlyBeAccessedByLayers("cli", "ui")
                .whereLayer("verify").mayOnlyBeAccessedByLayers("diagnose", "cli", "ui")
                .whereLayer("ansible").mayOnlyBeAccessedByLayers("verify", "diagnose", "cli", "ui")
                .whereLayer("bundle").mayOnlyBeAccessedByLayers("ansible", "verify", "diagnose", "cli", "ui")
                .whereLayer("generate").mayOnlyBeAccessedByLayers("bundle", "ansible", "verify", "diagnose", "cli",
                        "ui")
                .whereLayer("project").mayOnlyBeAccessedByLayers("generate", "bundle", "ansible", "verify",
                        "diagnose", "cli", "ui")
                .whereLayer("validation").mayOnlyBeAccessedByLayers("generate", "bundle", "ansible", "verify",
                        "diagnose", "cli", "ui")
                .whereLayer("model").mayOnlyBeAccessedByLayers("project", "validation", "generate", "bundle",
                        "ansible", "verify", "diagnose", "cli", "ui")
                .check(MAIN);
    }

    @Test
    void packagesAreFreeOfCycles() {
        slices().matching("io.eswizard.(*)..").should().beFreeOfCycles().check(MAIN);
    }
}
