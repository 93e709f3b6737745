package com.realsourcing.shared.web;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.webmvc.actuate.endpoint.web.AbstractWebMvcEndpointHandlerMapping;
import org.springframework.boot.webmvc.actuate.endpoint.web.ControllerEndpointHandlerMapping;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.handler.AbstractHandlerMapping;

/**
 * Asks the application's controllers before the actuator's endpoints. Spring Boot orders the actuator's handler
 * mappings first (-100); their paths all have variables or a {@code produces} condition, so every API request was
 * first matched against each actuator mapping in turn (media types parsed, path patterns tried) and only then found
 * its controller: 7 % of a cheap authenticated read's CPU (JFR, docs/performance.md, issue 2). The application's
 * mappings (order 0) know no {@code /actuator} path, so health, metrics and Prometheus are still answered by the
 * actuator, which now comes right after them ({@link #ACTUATOR}) and before the console's page routes
 * ({@link SpaForwarding}, {@link #CONSOLE_PAGES}), whose {@code /{module}/{page}} would otherwise match
 * {@code /actuator/health}.
 */
@Configuration(proxyBeanMethods = false)
class HandlerMappingOrder {

    /** Right after the application's {@code @RequestMapping}s, which Spring MVC orders at 0. */
    static final int ACTUATOR = 1;

    static final int CONSOLE_PAGES = ACTUATOR + 1;

    @Bean
    static BeanPostProcessor actuatorAfterApplicationMappings() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                if (bean instanceof AbstractWebMvcEndpointHandlerMapping
                        || bean instanceof ControllerEndpointHandlerMapping) {
                    ((AbstractHandlerMapping) bean).setOrder(ACTUATOR);
                }
                return bean;
            }
        };
    }
}
