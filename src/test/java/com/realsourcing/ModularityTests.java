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
