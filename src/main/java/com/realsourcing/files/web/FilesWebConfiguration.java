package com.realsourcing.files.web;

import com.realsourcing.shared.security.PublicPaths;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Downloads are reachable without signing in; the controller lets visitors read PUBLIC files only. */
@Configuration(proxyBeanMethods = false)
class FilesWebConfiguration {

    @Bean
    PublicPaths filesPublicPaths() {
        return new PublicPaths(List.of("GET /api/files/**"), List.of());
    }
}
