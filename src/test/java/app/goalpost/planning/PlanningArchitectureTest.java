package app.goalpost.planning;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The engine is pure JDK: no Spring, JPA, Hibernate, Vaadin or Jackson may creep in. */
class PlanningArchitectureTest {

    @Test
    void planningDependsOnlyOnTheJdk() {
        JavaClasses engine = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("app.goalpost.planning");
        classes().that().resideInAPackage("app.goalpost.planning..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("app.goalpost.planning..", "java..",
                        "org.jspecify.annotations..")
                .check(engine);
    }
}
