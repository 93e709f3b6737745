package com.realsourcing;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

class ModularityTests {

    static final ApplicationModules MODULES = ApplicationModules.of(RealSourcingApplication.class);
    static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("com.realsourcing");

    @Test
    void modulesOnlyUseEachOthersApis() {
        MODULES.verify();
    }

    @Test
    void writesModuleDocumentation() {
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder("docs/modules"))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml()
                .writeModuleCanvases();
    }

    /**
     * The module list the application reads at start-up (Spring Modulith runs each module's Flyway migrations in
     * this order). Without the file the runtime scans every class with ArchUnit first: about 5 s of start-up and
     * 35 MB of heap for as long as the application runs. What the runtime reads from it (the modules in order and
     * their initializers) must match the verified model; the order of each module's dependency list depends on
     * class-path scanning and is not compared. Rewritten when stale, and then this test fails: commit it.
     */
    @Test
    void moduleMetadataFileIsCurrent() throws java.io.IOException {
        java.nio.file.Path file =
                java.nio.file.Path.of("src/main/resources/META-INF/spring-modulith/application-modules.json");
        String current = new org.springframework.modulith.core.util.ApplicationModulesExporter(MODULES).toJson();
        String committed = java.nio.file.Files.exists(file) ? java.nio.file.Files.readString(file) : "{}";
        if (!runtimeView(committed).equals(runtimeView(current))) {
            java.nio.file.Files.createDirectories(file.getParent());
            java.nio.file.Files.writeString(file, current);
        }
        org.assertj.core.api.Assertions.assertThat(runtimeView(committed))
                .as(file + " was out of date and has been rewritten: commit it")
                .isEqualTo(runtimeView(current));
    }

    /** Module identifiers in order, each with its initializers: what Spring Modulith's runtime reads. */
    static java.util.List<String> runtimeView(String json) {
        var tree = tools.jackson.databind.json.JsonMapper.builder().build().readTree(json);
        java.util.List<String> view = new java.util.ArrayList<>();
        for (String module : tree.propertyNames()) {
            view.add(module + " " + tree.path(module).path("initializers"));
        }
        return view;
    }

    @Test
    void noFieldInjection() {
        noFields().should().beAnnotatedWith(Autowired.class).check(CLASSES);
    }

    @Test
    void domainDoesNotDependOnWeb() {
        noClasses()
                .that()
                .resideInAPackage("..domain..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("com.realsourcing..web..")
                .because("rules must not know about our HTTP layer")
                .check(CLASSES);
    }

    @Test
    void apiDoesNotExposeDomainOrWeb() {
        noClasses()
                .that()
                .resideInAPackage("..api..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "com.realsourcing.*.domain..", "com.realsourcing.*.web..", "com.realsourcing.*.infra..")
                .because("other modules see only the api package")
                .check(CLASSES);
    }

    @Test
    void noLombokAndNoReflectionMapping() {
        noClasses()
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("lombok..", "org.springframework.beans.BeanUtils")
                .check(CLASSES);
    }

    @Test
    void scheduledJobsAreLockedAndReturnNothing() {
        methods()
                .that()
                .areAnnotatedWith("org.springframework.scheduling.annotation.Scheduled")
                .should()
                .beAnnotatedWith("net.javacrumbs.shedlock.spring.annotation.SchedulerLock")
                .because("a job runs on one instance at a time")
                .check(CLASSES);
        methods()
                .that()
                .areAnnotatedWith("net.javacrumbs.shedlock.spring.annotation.SchedulerLock")
                .should()
                .haveRawReturnType(void.class)
                .because("ShedLock cannot lock a method whose result it would have to invent when the lock is held")
                .check(CLASSES);
    }
}
