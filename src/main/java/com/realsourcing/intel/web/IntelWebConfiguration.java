package com.realsourcing.intel.web;

import com.realsourcing.shared.security.PublicPaths;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** A shared weekly report's link is public: whoever holds the token reads that report, its poster and PDF. */
@Configuration(proxyBeanMethods = false)
class IntelWebConfiguration {

    @Bean
    PublicPaths intelPublicPaths() {
        return new PublicPaths(List.of("GET /api/intel/shared-reports/**"), List.of());
    }
}
