package cn.jiceng.common.database;

import org.aopalliance.intercept.MethodInterceptor;
import org.springframework.aop.Advisor;
import org.springframework.aop.support.DefaultPointcutAdvisor;
import org.springframework.aop.support.annotation.AnnotationMatchingPointcut;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Role;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Service;

/**
 * Every public call of a {@code @Service} of the application that fails because the database cannot
 * be reached throws {@link DatabaseUnavailableException} instead (outermost, around the transaction,
 * so that a connection the pool cannot hand out within {@code spring.datasource.hikari.connection-timeout}
 * is translated too). Callers (views, delegates) then see one exception with one message key.
 */
@Configuration(proxyBeanMethods = false)
public class DatabaseOutageTranslation {

    @Bean
    @Role(BeanDefinition.ROLE_INFRASTRUCTURE)
    static Advisor databaseOutageAdvisor() {
        AnnotationMatchingPointcut services = new AnnotationMatchingPointcut(Service.class, true);
        MethodInterceptor translate = invocation -> {
            try {
                return invocation.proceed();
            } catch (DatabaseUnavailableException e) {
                throw e;
            } catch (RuntimeException e) {
                if (DatabaseUnavailableException.isCausedByOutage(e)) {
                    throw new DatabaseUnavailableException(e);
                }
                throw e;
            }
        };
        DefaultPointcutAdvisor advisor = new DefaultPointcutAdvisor(
                new org.springframework.aop.support.ComposablePointcut(
                        clazz -> clazz.getName().startsWith("cn.jiceng.") && services.getClassFilter().matches(clazz),
                        services.getMethodMatcher()), translate);
        advisor.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return advisor;
    }
}
