package app.goalpost.security;

import com.vaadin.flow.component.Component;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.lang.annotation.Annotation;
import org.springframework.aop.Advisor;
import org.springframework.aop.ClassFilter;
import org.springframework.aop.Pointcut;
import org.springframework.aop.support.ComposablePointcut;
import org.springframework.aop.support.annotation.AnnotationMatchingPointcut;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Role;
import org.springframework.security.authorization.method.AuthorizationInterceptorsOrder;
import org.springframework.security.authorization.method.AuthorizationManagerBeforeMethodInterceptor;
import org.springframework.security.authorization.method.Jsr250AuthorizationManager;

/**
 * {@code @RolesAllowed} / {@code @PermitAll} / {@code @DenyAll} enforced on services, but not on Vaadin views.
 * Views carry the same annotations for the router's access check; with Spring's own JSR-250 method security
 * every view became a CGLIB proxy (a new proxy per navigation, "Unable to proxy ... final beforeEnter" in the
 * log, and calls on the proxy instead of the component). The router already checks the view's annotation, so
 * the method interceptor leaves Vaadin components out; everything else is guarded as before.
 */
@Configuration(proxyBeanMethods = false)
class ServiceMethodSecurity {

    @Bean
    @Role(BeanDefinition.ROLE_INFRASTRUCTURE)
    static Advisor jsr250OutsideViews() {
        ComposablePointcut annotated = new ComposablePointcut(onClassOrMethod(RolesAllowed.class))
                .union(onClassOrMethod(PermitAll.class))
                .union(onClassOrMethod(DenyAll.class))
                .intersection((ClassFilter) type -> !Component.class.isAssignableFrom(type));
        AuthorizationManagerBeforeMethodInterceptor interceptor =
                new AuthorizationManagerBeforeMethodInterceptor(annotated, new Jsr250AuthorizationManager());
        interceptor.setOrder(AuthorizationInterceptorsOrder.JSR250.getOrder());
        return interceptor;
    }

    private static Pointcut onClassOrMethod(Class<? extends Annotation> annotation) {
        return new ComposablePointcut(new AnnotationMatchingPointcut(annotation, true))
                .union(AnnotationMatchingPointcut.forMethodAnnotation(annotation));
    }
}
