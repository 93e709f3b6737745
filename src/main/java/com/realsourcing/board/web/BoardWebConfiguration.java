package com.realsourcing.board.web;

import com.realsourcing.shared.security.PublicPaths;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Visitors browse the board (seed 002 首页): the search, one published posting, recommendations, the lists, the
 * platform's announcements.
 */
@Configuration(proxyBeanMethods = false)
class BoardWebConfiguration {

    @Bean
    PublicPaths boardPublicPaths() {
        return new PublicPaths(
                List.of(
                        "GET /api/board/postings",
                        "GET /api/board/postings/*",
                        "GET /api/board/recommendations",
                        "GET /api/board/terms",
                        "GET /api/board/announcements"),
                List.of());
    }
}
