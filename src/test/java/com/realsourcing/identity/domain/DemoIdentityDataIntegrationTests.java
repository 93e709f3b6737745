package com.realsourcing.identity.domain;

import static org.assertj.core.api.Assertions.assertThat;

import com.realsourcing.identity.api.OrganizationType;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/** The demo profile's accounts: every organisation type is there, and running the loader again adds nothing. */
@SpringBootTest
@ActiveProfiles("demo")
class DemoIdentityDataIntegrationTests {

    @Autowired
    DemoIdentityData demo;

    @Autowired
    IdentityService identity;

    @Autowired
    JdbcClient jdbc;

    @Test
    void createsSeveralOrganisationsOfEachTypeOnceOnly() {
        long users = count("select count(*) from identity.users");
        long memberships = count("select count(*) from identity.memberships");

        demo.run(new DefaultApplicationArguments());

        assertThat(count("select count(*) from identity.users")).isEqualTo(users);
        assertThat(count("select count(*) from identity.memberships")).isEqualTo(memberships);
        Map<String, Long> byType = jdbc
                .sql("select type, count(*) from identity.organizations group by type")
                .query((rs, n) -> Map.entry(rs.getString(1), rs.getLong(2)))
                .list()
                .stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        Arrays.stream(OrganizationType.values())
                .filter(type -> type != OrganizationType.PLATFORM)
                .forEach(type -> assertThat(byType.getOrDefault(type.name(), 0L))
                        .as(type.name())
                        .isGreaterThanOrEqualTo(2));
        assertThat(identity.login("admin@realsourcing.local", "Admin@2026").permissions())
                .contains("identity:user:change-state");
        assertThat(identity.login("trader1@demo.realsourcing.cn", "Demo@2026")).isNotNull();
        assertThat(identity.me(
                                identity.findByLogin("trader1@demo.realsourcing.cn")
                                        .orElseThrow()
                                        .getId(),
                                null)
                        .organizations())
                .hasSize(2);
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }
}
