package com.realsourcing.shared.config;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

class ProductionGuardTests {

    @Test
    void refusesDevelopmentDefaults() {
        MockEnvironment environment = new MockEnvironment();
        assertThat(ProductionGuard.problems(environment))
                .contains(
                        "spring.datasource.url must be set",
                        "realsourcing.identity.bootstrap-admin.password must be set",
                        "realsourcing.pii.encryption-key must be set");
    }

    @Test
    void refusesDemoDataInProduction() {
        MockEnvironment environment = complete();
        environment.setActiveProfiles("prod", "demo");
        assertThat(ProductionGuard.problems(environment)).containsExactly("the demo profile must not be active");
    }

    @Test
    void acceptsACompleteConfiguration() {
        MockEnvironment environment = complete();
        environment.setActiveProfiles("prod");
        assertThat(ProductionGuard.problems(environment)).isEmpty();
    }

    private static MockEnvironment complete() {
        MockEnvironment environment = new MockEnvironment();
        ProductionGuard.REQUIRED.forEach(key -> environment.setProperty(key, "set"));
        return environment;
    }
}
