package com.realsourcing.shared.db;

import com.realsourcing.shared.config.PlatformProperties;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.time.Duration;
import javax.sql.DataSource;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/**
 * Runs PostgreSQL inside the application when no {@code spring.datasource.url} is configured, so one command
 * starts the whole platform on a fresh machine. Data lives in {@code <data-dir>/pg} and survives restarts.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedPostgresConfiguration.NoExternalDatabase.class)
@EnableConfigurationProperties(EmbeddedDatabaseProperties.class)
class EmbeddedPostgresConfiguration {

    @Bean
    EmbeddedDatabase embeddedDatabase(PlatformProperties platform, EmbeddedDatabaseProperties properties) {
        return new EmbeddedDatabase(
                EmbeddedPostgresServer.acquire(platform.dataDir().resolve("pg"), properties));
    }

    @Bean
    DataSource dataSource(EmbeddedDatabase database, EmbeddedDatabaseProperties properties) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(database.server().jdbcUrl());
        config.setUsername("postgres");
        config.setPassword("postgres");
        config.setMaximumPoolSize(properties.maxPoolSize());
        // Grow on demand and give back what sits idle: several contexts (tests, a second instance) share one server.
        config.setMinimumIdle(Math.min(4, properties.maxPoolSize()));
        config.setIdleTimeout(Duration.ofSeconds(60).toMillis());
        config.setPoolName("embedded-pg");
        return new HikariDataSource(config);
    }

    /** Holds this context's share of the server; the data source is closed first because it depends on it. */
    record EmbeddedDatabase(EmbeddedPostgresServer server) implements DisposableBean {
        @Override
        public void destroy() {
            server.release();
        }
    }

    static class NoExternalDatabase implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return !StringUtils.hasText(context.getEnvironment().getProperty("spring.datasource.url"));
        }
    }
}
