package com.realsourcing.shared.config;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.context.EnvironmentAware;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.core.env.Environment;
import org.springframework.util.StringUtils;

/**
 * In the {@code prod} profile the platform refuses to start on development defaults: it needs an external
 * database, the bootstrap admin's secret and the PII keys, and never runs with demo data. Checked before any bean
 * (the embedded database included) is made.
 */
@Configuration(proxyBeanMethods = false)
@Profile("prod")
class ProductionGuard {

    static final List<String> REQUIRED = List.of(
            "spring.datasource.url",
            "realsourcing.identity.bootstrap-admin.login",
            "realsourcing.identity.bootstrap-admin.password",
            "realsourcing.pii.encryption-key",
            "realsourcing.pii.index-key");

    @Bean
    static BeanFactoryPostProcessor productionSettingsCheck() {
        return new Check();
    }

    static final class Check implements BeanFactoryPostProcessor, EnvironmentAware {
        private Environment environment;

        @Override
        public void setEnvironment(Environment environment) {
            this.environment = environment;
        }

        @Override
        public void postProcessBeanFactory(
                org.springframework.beans.factory.config.ConfigurableListableBeanFactory beanFactory) {
            List<String> problems = problems(environment);
            if (!problems.isEmpty()) {
                throw new IllegalStateException(
                        "Refusing to start in the prod profile: " + String.join("; ", problems));
            }
        }
    }

    static List<String> problems(Environment environment) {
        List<String> problems = new ArrayList<>();
        for (String key : REQUIRED) {
            if (!StringUtils.hasText(environment.getProperty(key))) {
                problems.add(key + " must be set");
            }
        }
        if (Arrays.asList(environment.getActiveProfiles()).contains("demo")) {
            problems.add("the demo profile must not be active");
        }
        return problems;
    }
}
