package com.realsourcing.catalog.web;

import com.realsourcing.shared.security.PublicPaths;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Visitors read a seller's H5 store (published products, H5 prices, availability) without signing in. */
@Configuration(proxyBeanMethods = false)
class CatalogWebConfiguration {

    @Bean
    PublicPaths catalogPublicPaths() {
        return new PublicPaths(
                List.of("GET /api/catalog/stores/*", "GET /api/catalog/stores/*/products/**"), List.of());
    }
}
