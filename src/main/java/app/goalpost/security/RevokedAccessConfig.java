package app.goalpost.security;

import java.util.function.Supplier;
import org.aopalliance.intercept.MethodInvocation;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Role;
import org.springframework.expression.EvaluationContext;
import org.springframework.security.access.expression.method.DefaultMethodSecurityExpressionHandler;
import org.springframework.security.access.expression.method.MethodSecurityExpressionHandler;
import org.springframework.security.core.Authentication;

/**
 * The one place where revoked access is enforced: every {@code @PreAuthorize} evaluation first re-checks the
 * signed-in account against the database ({@link SignedInAccountCheck}). Services, {@code WorkspaceAccess}
 * and everything the UI calls carry {@code @PreAuthorize} (ArchitectureTest), so no write escapes it.
 * Kept apart from SecurityConfig so the sign-in configuration stays untouched.
 */
@Configuration(proxyBeanMethods = false)
class RevokedAccessConfig {

    /** Static and infrastructure-role, as Spring Security asks for method-security expression handlers. */
    @Bean
    @Role(BeanDefinition.ROLE_INFRASTRUCTURE)
    static MethodSecurityExpressionHandler methodSecurityExpressionHandler(ObjectProvider<SignedInAccountCheck> check,
            ApplicationContext context) {
        DefaultMethodSecurityExpressionHandler handler = new DefaultMethodSecurityExpressionHandler() {
            @Override
            public EvaluationContext createEvaluationContext(Supplier<? extends Authentication> authentication,
                    MethodInvocation invocation) {
                Authentication current = authentication.get();
                check.getObject().verify(current);
                return super.createEvaluationContext(() -> current, invocation);
            }
        };
        handler.setApplicationContext(context);
        return handler;
    }
}
