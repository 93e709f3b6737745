package com.realsourcing.directory.web;

import com.realsourcing.shared.security.PublicPaths;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Visitors browse the directory: regions, the taxonomy, tags, the factory search and cards need no sign-in. */
@Configuration(proxyBeanMethods = false)
class DirectoryWebConfiguration {

    @Bean
    PublicPaths directoryPublicPaths() {
        return new PublicPaths(
                List.of(
                        "GET /api/directory/regions",
                        "GET /api/directory/regions/*/counties",
                        "GET /api/directory/taxonomy",
                        "GET /api/directory/tags/*",
                        "GET /api/directory/factories",
                        "GET /api/factory/*"),
                List.of());
    }
}
