package app.goalpost.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.describe;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityManager;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/** Layering and security rules that a reviewer would otherwise have to remember. */
class ArchitectureTest {

    private static final String BASE = "app.goalpost";
    private static final List<Class<? extends java.lang.annotation.Annotation>> ACCESS_RULES =
            List.of(RolesAllowed.class, PermitAll.class, AnonymousAllowed.class, DenyAll.class, PreAuthorize.class);

    static JavaClasses classes;

    @BeforeAll
    static void load() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(BASE);
    }

    @Test
    void everyRouteAndLayoutDeclaresItsAccess() {
        classes().that().areAnnotatedWith(Route.class).or().areAnnotatedWith(Layout.class)
                .should(haveAnAccessAnnotation()).check(classes);
    }

    @Test
    void everyPublicServiceMethodIsGuarded() {
        methods().that().areDeclaredInClassesThat().areAnnotatedWith(Service.class)
                .and().arePublic().and().areNotStatic()
                .should(beGuarded()).check(classes);
    }

    /**
     * Workspace-scoped ids cross service boundaries typed ({@code WorkspaceId}, {@code KpiId}, ...), so swapping two
     * ids or a version and an id does not compile. Checked by parameter name (the build compiles with
     * {@code -parameters}): a bare {@code long workspaceId}, or an {@code Optional<Long> baselineId}, is a violation.
     */
    @Test
    void publicServiceMethodsTakeTypedIds() {
        methods().that().areDeclaredInClassesThat().areAnnotatedWith(Service.class)
                .and().arePublic().and().areNotStatic()
                .should(takeNoUntypedWorkspaceScopedId()).check(classes);
    }

    @Test
    void thePlanningEngineIsPlainJava() {
        noClasses().that().resideInAPackage(BASE + ".planning..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "jakarta..",
                        "org.hibernate..", "com.vaadin..", "tools.jackson..", "com.fasterxml..")
                .allowEmptyShould(true)
                .check(classes);
    }

    @Test
    void viewsNeverTouchRepositoriesOrEntities() {
        noClasses().that().resideInAPackage("..ui..")
                .should().dependOnClassesThat().areAssignableTo(Repository.class)
                .orShould().dependOnClassesThat().areAnnotatedWith(Entity.class)
                .check(classes);
    }

    @Test
    void servicesAndDomainNeverDependOnTheUi() {
        noClasses().that().resideInAPackage(BASE + "..")
                .and().resideOutsideOfPackages("..ui..", BASE + ".shell..", BASE + ".security..", BASE + ".demo..")
                .should().dependOnClassesThat().resideInAPackage("..ui..")
                .check(classes);
    }

    /** The demo data is built on the features' public services; no feature may know that the demo exists. */
    @Test
    void noFeatureDependsOnTheDemo() {
        noClasses().that().resideInAPackage(BASE + "..").and().resideOutsideOfPackage(BASE + ".demo..")
                .should().dependOnClassesThat().resideInAPackage(BASE + ".demo..")
                .check(classes);
    }

    @Test
    void repositoriesAreUsedOnlyInsideTheirOwnFeature() {
        classes().that().areAssignableTo(Repository.class).and().resideInAPackage(BASE + "..")
                .should(onlyBeUsedWithinTheirFeature()).check(classes);
    }

    @Test
    void noNativeSql() {
        noMethods().should().beAnnotatedWith(describe("@Query(nativeQuery = true)",
                a -> a.getRawType().isEquivalentTo(Query.class)
                        && Boolean.TRUE.equals(a.get("nativeQuery").orElse(false))))
                .check(classes);
        noClasses().should().callMethodWhere(describe("EntityManager.createNativeQuery",
                call -> call.getTarget().getOwner().isAssignableTo(EntityManager.class)
                        && call.getTarget().getName().equals("createNativeQuery")))
                .check(classes);
    }

    @Test
    void everyEntityButTheAgencyIsTenantScoped() {
        classes().that().areAnnotatedWith(Entity.class).and().doNotHaveSimpleName("Agency")
                .should().beAssignableTo(app.goalpost.shared.AgencyOwnedEntity.class)
                .check(classes);
    }

    /** Features (top-level packages) form no cycle, views included. */
    @Test
    void featuresHaveNoCycles() {
        slices().matching(BASE + ".(*)..").should().beFreeOfCycles().check(classes);
    }

    /**
     * A feature's views use only their own feature's views and the UI that is shared on purpose: the shared view
     * helpers and the workspace-page framework. A helper two features need moves to shared/ui.
     */
    @Test
    void noFeatureUiDependsOnAnotherFeaturesUi() {
        classes().that().resideInAPackage(BASE + ".*.ui..")
                .should(useNoOtherFeaturesUi()).check(classes);
    }

    private static ArchCondition<JavaClass> haveAnAccessAnnotation() {
        return new ArchCondition<>("declare @RolesAllowed, @PermitAll, @AnonymousAllowed or @DenyAll") {
            @Override
            public void check(JavaClass item, ConditionEvents events) {
                boolean ok = ACCESS_RULES.stream().anyMatch(item::isAnnotatedWith);
                if (!ok) {
                    events.add(SimpleConditionEvent.violated(item, item.getName() + " has no access annotation"));
                }
            }
        };
    }

    private static ArchCondition<JavaMethod> beGuarded() {
        return new ArchCondition<>("carry @PreAuthorize, @RolesAllowed or @PermitAll (or inherit it from the class)") {
            @Override
            public void check(JavaMethod method, ConditionEvents events) {
                boolean ok = ACCESS_RULES.stream().anyMatch(a -> method.isAnnotatedWith(a)
                        || method.getOwner().isAnnotatedWith(a));
                if (!ok && !method.getModifiers().contains(JavaModifier.SYNTHETIC)) {
                    events.add(SimpleConditionEvent.violated(method, method.getFullName() + " is not guarded"));
                }
            }
        };
    }

    private static final java.util.Set<String> TYPED_ID_NAMES =
            java.util.Set.of("workspaceId", "baselineId", "scenarioId", "kpiId", "stageId", "intoKpi");

    private static ArchCondition<JavaMethod> takeNoUntypedWorkspaceScopedId() {
        return new ArchCondition<>("take workspace, baseline, scenario, KPI and stage ids as typed ids, not long") {
            @Override
            public void check(JavaMethod method, ConditionEvents events) {
                for (java.lang.reflect.Parameter p : method.reflect().getParameters()) {
                    if (!p.isNamePresent()) {
                        events.add(SimpleConditionEvent.violated(method, method.getFullName()
                                + ": parameter names missing, compile with -parameters"));
                        return;
                    }
                    String type = p.getParameterizedType().getTypeName();
                    boolean untyped = type.equals("long") || type.equals("java.lang.Long")
                            || type.equals("java.util.Optional<java.lang.Long>");
                    if (untyped && TYPED_ID_NAMES.contains(p.getName())) {
                        events.add(SimpleConditionEvent.violated(method, method.getFullName() + " takes "
                                + p.getName() + " as " + type));
                    }
                }
            }
        };
    }

    private static ArchCondition<JavaClass> onlyBeUsedWithinTheirFeature() {
        return new ArchCondition<>("be used only from their own feature package") {
            @Override
            public void check(JavaClass repository, ConditionEvents events) {
                String feature = feature(repository.getPackageName());
                repository.getDirectDependenciesToSelf().stream()
                        .map(d -> d.getOriginClass())
                        .filter(origin -> origin.getPackageName().startsWith(BASE))
                        .filter(origin -> !feature(origin.getPackageName()).equals(feature))
                        .forEach(origin -> events.add(SimpleConditionEvent.violated(repository,
                                origin.getName() + " uses " + repository.getSimpleName())));
            }
        };
    }

    private static ArchCondition<JavaClass> useNoOtherFeaturesUi() {
        return new ArchCondition<>("use no other feature's ui package (shared.ui and workspace.ui are shared)") {
            @Override
            public void check(JavaClass view, ConditionEvents events) {
                String feature = feature(view.getPackageName());
                view.getDirectDependenciesFromSelf().stream()
                        .map(d -> d.getTargetClass().getBaseComponentType())
                        .filter(target -> target.getPackageName().startsWith(BASE + ".")
                                && target.getPackageName().contains(".ui"))
                        .filter(target -> !target.getPackageName().startsWith(BASE + ".shared.ui")
                                && !target.getPackageName().startsWith(BASE + ".workspace.ui"))
                        .filter(target -> !feature(target.getPackageName()).equals(feature))
                        .forEach(target -> events.add(SimpleConditionEvent.violated(view,
                                view.getName() + " uses " + target.getName())));
            }
        };
    }

    private static String feature(String packageName) {
        String rest = packageName.length() > BASE.length() ? packageName.substring(BASE.length() + 1) : "";
        int dot = rest.indexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
    }
}
