package org.rectify.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** DESIGN section 7: each layer depends only on the ones below it; JavaFX only in ui/app; JDBC only in store. */
class LayeringTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.rectify");

    @Test
    void layersDependOnlyDownward() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("app").definedBy("org.rectify.app..")
                .layer("ui").definedBy("org.rectify.ui..")
                .layer("report").definedBy("org.rectify.report..")
                .layer("checklist").definedBy("org.rectify.checklist..")
                .layer("analytics").definedBy("org.rectify.analytics..")
                .layer("sync").definedBy("org.rectify.sync..")
                .layer("store").definedBy("org.rectify.store..")
                .layer("domain").definedBy("org.rectify.domain..")
                .whereLayer("app").mayNotBeAccessedByAnyLayer()
                .whereLayer("ui").mayOnlyBeAccessedByLayers("app")
                .whereLayer("report").mayOnlyBeAccessedByLayers("ui", "app")
                .whereLayer("checklist").mayOnlyBeAccessedByLayers("report", "ui", "app")
                .whereLayer("analytics").mayOnlyBeAccessedByLayers("checklist", "report", "ui", "app")
                .whereLayer("sync").mayOnlyBeAccessedByLayers("analytics", "checklist", "report", "ui", "app")
                .whereLayer("store").mayOnlyBeAccessedByLayers("sync", "analytics", "checklist", "report", "ui", "app")
                .withOptionalLayers(true)
                .check(CLASSES);
    }

    @Test
    void noPackageCycles() {
        slices().matching("org.rectify.(**)").should().beFreeOfCycles().check(CLASSES);
    }

    @Test
    void javaFxOnlyInUiAndApp() {
        noClasses().that().resideOutsideOfPackages("org.rectify.ui..", "org.rectify.app..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..")
                .check(CLASSES);
    }

    @Test
    void jdbcOnlyInStore() {
        noClasses().that().resideOutsideOfPackage("org.rectify.store..")
                .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "org.sqlite..")
                .check(CLASSES);
    }

    @Test
    void domainStaysFreeOfIoAndFrameworks() {
        noClasses().that().resideInAPackage("org.rectify.domain..")
                .should().dependOnClassesThat().resideInAnyPackage("java.io..", "java.nio.file..", "java.nio.channels..",
                        "java.net..", "org.rectify.store..",
                        "javafx..", "org.apache..", "com.google..")
                .check(CLASSES);
    }
}
