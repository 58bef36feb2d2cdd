package app.goalpost.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * Surefire runs *Test classes and Failsafe *BrowserIT and *OutageIT classes (the latter only in .ci/run); a test class named otherwise would never run
 * and could never fail. This keeps every class with JUnit tests inside one of the two nets.
 */
class TestNamingTest {

    @Test
    void everyTestClassIsPickedUpByTheBuild() {
        JavaClasses tests = new ClassFileImporter().withImportOption(ImportOption.Predefined.ONLY_INCLUDE_TESTS)
                .importPackages("app.goalpost");
        classes().that().containAnyMethodsThat(com.tngtech.archunit.base.DescribedPredicate.describe(
                        "are JUnit tests", m -> m.isAnnotatedWith(Test.class)
                                || m.isAnnotatedWith(org.junit.jupiter.params.ParameterizedTest.class)
                                || m.isAnnotatedWith(org.junit.jupiter.api.RepeatedTest.class)))
                .and().areNotNestedClasses()
                .should().haveSimpleNameEndingWith("Test").orShould().haveSimpleNameEndingWith("BrowserIT")
                .orShould().haveSimpleNameEndingWith("OutageIT")
                .check(tests);
    }
}
