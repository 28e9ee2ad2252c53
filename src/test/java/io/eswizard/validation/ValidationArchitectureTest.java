package io.eswizard.validation;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

class ValidationArchitectureTest {

    @Test
    void validationUsesNoJavaFx() {
        noClasses().that().resideInAPackage("io.eswizard.validation..")
                .should().dependOnClassesThat().resideInAPackage("javafx..")
                .check(new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                        .importPackages("io.eswizard.validation"));
    }
}
