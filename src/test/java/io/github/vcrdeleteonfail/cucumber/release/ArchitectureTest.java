package io.github.vcrdeleteonfail.cucumber.release;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.apiguardian.api.API;
import org.junit.jupiter.api.Test;

/**
 * The rules of docs/architecture.md, checked on the plugin's compiled classes: no cycle among the
 * internal packages, files touched in one package, SnakeYAML used in one package, the decision free
 * of files and logging, machinery marked internal.
 */
class ArchitectureTest {

    private static final JavaClasses PLUGIN =
            new ClassFileImporter()
                    .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                    .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
                    .importPackages("io.github.vcrdeleteonfail.cucumber");

    @Test
    void theInternalPackagesHaveNoCycle() {
        slices().matching("io.github.vcrdeleteonfail.cucumber.internal.(*)..")
                .should()
                .beFreeOfCycles()
                .check(PLUGIN);
    }

    @Test
    void onlyTheFilePackageChangesFiles() {
        noClasses()
                .that()
                .resideOutsideOfPackage("io.github.vcrdeleteonfail.cucumber.internal.files..")
                .should()
                .callMethodWhere(
                        com.tngtech.archunit.base.DescribedPredicate.describe(
                                "a method of java.nio.file.Files that changes the file system",
                                call ->
                                        call.getTargetOwner()
                                                        .isEquivalentTo(java.nio.file.Files.class)
                                                && call.getName()
                                                        .matches(
                                                                "delete.*|move|copy|write.*|create.*|new(Output|BufferedWriter|ByteChannel).*|set.*")))
                .check(PLUGIN);
    }

    @Test
    void onlyTheYamlPackageUsesSnakeYaml() {
        noClasses()
                .that()
                .resideOutsideOfPackage("io.github.vcrdeleteonfail.cucumber.internal.yaml..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("org.yaml.snakeyaml..")
                .check(PLUGIN);
    }

    @Test
    void theDecisionTouchesNoFileAndLogsNothing() {
        noClasses()
                .that()
                .resideInAPackage("io.github.vcrdeleteonfail.cucumber.internal.decision..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("java.nio.file..", "java.io..", "java.lang.System$Logger..")
                .check(PLUGIN);
    }

    @Test
    void everyPublicClassOfTheMachineryIsMarkedInternal() {
        classes()
                .that()
                .resideInAPackage("io.github.vcrdeleteonfail.cucumber.internal..")
                .and()
                .arePublic()
                .and()
                .areTopLevelClasses()
                .should()
                .beAnnotatedWith(API.class)
                .check(PLUGIN);
    }

    @Test
    void thePublicApiLivesInTheRootPackageAndIsFinalOrAnInterface() {
        classes()
                .that()
                .resideInAPackage("io.github.vcrdeleteonfail.cucumber")
                .and()
                .arePublic()
                .and()
                .areTopLevelClasses()
                .and()
                .areNotInterfaces()
                .and()
                .areNotEnums()
                .should()
                .haveModifier(JavaModifier.FINAL)
                .check(PLUGIN);
    }
}
