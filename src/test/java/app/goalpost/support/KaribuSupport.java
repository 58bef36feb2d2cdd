package app.goalpost.support;

import app.goalpost.security.GoalpostPrincipal;
import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.github.mvysny.kaributesting.v10.TestingLifecycleHook;
import com.github.mvysny.kaributesting.v10.TestingLifecycleHookKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.Route;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.util.ClassUtils;
import java.util.ArrayList;
import java.util.List;
import com.vaadin.flow.server.VaadinServletRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Base of Karibu tests: a mocked Vaadin environment on the Spring context, and sign-in that reaches both
 * Spring Security (services) and the fake servlet request (Vaadin's route access control).
 */
public abstract class KaribuSupport {

    private static final Routes ROUTES = withPackagePrivateViews(new Routes().autoDiscoverViews("app.goalpost"));

    @Autowired protected ApplicationContext ctx;
    @Autowired protected Fixtures fixtures;

    /**
     * Vaadin 25 attaches the routed view under a wrapper element that has no component, so Karibu 2.6's default
     * walker does not see it from the UI. This hook adds the UI's component children (the routed view).
     */
    private static final TestingLifecycleHook DEFAULT_HOOK = TestingLifecycleHook.getDefault();
    private static final TestingLifecycleHook HOOK = new TestingLifecycleHook() {
        @Override
        public void awaitBeforeLookup() {
            DEFAULT_HOOK.awaitBeforeLookup();
        }

        @Override
        public void awaitAfterLookup() {
            DEFAULT_HOOK.awaitAfterLookup();
        }

        @Override
        public List<Component> getAllChildren(Component component) {
            List<Component> children = new ArrayList<>(DEFAULT_HOOK.getAllChildren(component));
            if (component instanceof UI ui) {
                ui.getChildren().filter(c -> !children.contains(c)).forEach(children::add);
            }
            return children;
        }

        @Override
        public String getLabel(Component component) {
            return DEFAULT_HOOK.getLabel(component);
        }
    };

    /**
     * Views are package-private (features link to them through their XxxNavigation class); Karibu's discovery
     * sees public classes only, so the routes are also found the way Spring finds them.
     */
    private static Routes withPackagePrivateViews(Routes routes) {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Route.class));
        for (BeanDefinition candidate : scanner.findCandidateComponents("app.goalpost")) {
            routes.getRoutes().add(ClassUtils.resolveClassName(candidate.getBeanClassName(),
                    KaribuSupport.class.getClassLoader()).asSubclass(Component.class));
        }
        return routes;
    }

    /** Every route of the app, package-private views included (for harnesses that set up Karibu themselves). */
    public static Routes routes() {
        return ROUTES;
    }

    @BeforeEach
    void setUpVaadin() {
        TestingLifecycleHookKt.setTestingLifecycleHook(ChartOptions.recording(HOOK));
        SecurityContextHolder.clearContext();
        MockVaadin.setup(UI::new, new MockSpringServlet(ROUTES, ctx, UI::new));
    }

    @AfterEach
    void tearDownVaadin() {
        MockVaadin.tearDown();
        SecurityContextHolder.clearContext();
    }

    /** Signs the user in for services and for Vaadin's view access checks, then starts a fresh UI. */
    protected GoalpostPrincipal signIn(String email) {
        GoalpostPrincipal principal = fixtures.signIn(email);
        FakeRequest request = fakeRequest();
        request.setUserPrincipalInt(SecurityContextHolder.getContext().getAuthentication());
        request.setUserInRole((p, role) -> principal.getAuthorities().stream()
                .anyMatch(a -> a.getAuthority().equals("ROLE_" + role)));
        return principal;
    }

    private static FakeRequest fakeRequest() {
        jakarta.servlet.ServletRequest request = ((VaadinServletRequest) VaadinServletRequest.getCurrent()).getRequest();
        while (!(request instanceof FakeRequest) && request instanceof jakarta.servlet.ServletRequestWrapper wrapper) {
            request = wrapper.getRequest();
        }
        return (FakeRequest) request;
    }

    /** A browser reload: a fresh session and UI, nothing of the page kept in memory (sign in again after it). */
    protected void reloadUi() {
        MockVaadin.tearDown();
        MockVaadin.setup(UI::new, new MockSpringServlet(ROUTES, ctx, UI::new));
    }

    protected static void navigate(String location) {
        UI.getCurrent().navigate(location);
    }
}
