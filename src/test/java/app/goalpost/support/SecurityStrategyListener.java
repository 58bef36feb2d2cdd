package app.goalpost.support;

import org.springframework.core.Ordered;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;

/**
 * Vaadin makes each application context's own SecurityContextHolderStrategy the global one when that context
 * starts. With more than one cached test context (the mock one and the random-port one of {@link WebTest}),
 * a test would otherwise sign in (Fixtures) through the strategy of the context started last, which its own
 * context's method security does not read. Before each test, the strategy of the test's context is restored.
 */
public class SecurityStrategyListener implements TestExecutionListener, Ordered {

    @Override
    public void prepareTestInstance(TestContext testContext) {
        restore(testContext);
    }

    @Override
    public void beforeTestMethod(TestContext testContext) {
        restore(testContext);
    }

    private static void restore(TestContext testContext) {
        if (testContext.hasApplicationContext()) {
            testContext.getApplicationContext().getBeanProvider(SecurityContextHolderStrategy.class)
                    .ifAvailable(SecurityContextHolder::setContextHolderStrategy);
        }
    }

    @Override
    public int getOrder() {
        // After the dependency injection listener (2000), which loads the context, before the others.
        return 2100;
    }
}
